using Newtonsoft.Json.Linq;
using SealingRules.Contract;

namespace SealingRules.Teaching;

/// <summary>
/// The body of <c>POST /api/grade</c>: <c>{ "exercise": "&lt;slug&gt;", "answers": { …a partial result… } }</c>, read
/// strictly as a request is (an unknown field is refused). The answers keep their place in the body: an error in them
/// names its path under <c>answers.</c> and its line and column in the body as sent.
/// </summary>
public sealed class GradeRequest
{
    private static readonly string[] Fields = ["exercise", "answers"];

    private readonly JToken _exercise;

    private GradeRequest(string exercise, JToken at, JObject answers) => (Exercise, _exercise, Answers) = (exercise, at, answers);

    /// <summary>The exercise's slug.</summary>
    public string Exercise { get; }

    internal JObject Answers { get; }

    /// <summary>A refusal of the named exercise (unknown, or unreadable), pointing at it in the body.</summary>
    public ContractException Refuse(string code, string message)
        => RequestReader.Fail(code, message, "exercise", _exercise);

    /// <summary>Reads the body, or throws <see cref="ContractException"/>.</summary>
    public static GradeRequest Read(string body)
    {
        // The answers are one level deeper here than in a file of their own.
        var root = AnswersReader.Parse(body, 17, "the body");
        if (root is not JObject obj) throw RequestReader.Fail(ContractError.InvalidJson, "the body must be a JSON object { exercise, answers }", "", root);
        foreach (var p in obj.Properties().Where(p => !Fields.Contains(p.Name)))
            throw RequestReader.Fail(ContractError.InvalidValue, $"unknown field '{p.Name}' (a grade request has: exercise, answers)", p.Name, p);
        var exercise = obj["exercise"] switch
        {
            null or { Type: JTokenType.Null } => throw RequestReader.Fail(ContractError.MissingField, "required field 'exercise' is missing", "exercise", obj),
            JValue { Type: JTokenType.String } v => (string)v!,
            var t => throw RequestReader.Fail(ContractError.InvalidValue, "must be the exercise's name, as text", "exercise", t),
        };
        var answers = obj["answers"] switch
        {
            null or { Type: JTokenType.Null } => throw RequestReader.Fail(ContractError.MissingField, "required field 'answers' is missing", "answers", obj),
            JObject a => a,
            var t => throw RequestReader.Fail(ContractError.InvalidValue, "must be a JSON object (the answers themselves, not text holding them)", "answers", t),
        };
        return new GradeRequest(exercise, obj["exercise"]!, answers);
    }
}
