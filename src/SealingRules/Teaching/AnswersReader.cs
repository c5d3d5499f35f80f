using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Teaching;

/// <summary>A student's answers: a partial result, in the result's own shape.</summary>
public sealed record Answers(IReadOnlyList<MotionAnswer> Motions);

/// <summary>A student's answers for one motion; a null field was not answered.</summary>
/// <param name="Id">The motion's id.</param>
/// <param name="Standard">The standard the student says governs.</param>
/// <param name="Disposition">The disposition the student gives.</param>
/// <param name="WithoutPrejudice">Whether the student says the denial is without prejudice.</param>
/// <param name="Items">The student's answers for the motion's items.</param>
public sealed record MotionAnswer(string Id, Standard? Standard, Disposition? Disposition, bool? WithoutPrejudice, IReadOnlyList<ItemAnswer> Items);

/// <summary>A student's answers for one item; a null field was not answered.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Standard">The standard the student says governs the item.</param>
/// <param name="Outcome">The outcome the student gives.</param>
/// <param name="Redact">The information the student says is redacted.</param>
public sealed record ItemAnswer(string Id, Standard? Standard, Outcome? Outcome, IReadOnlyList<string>? Redact)
{
    /// <summary>Declaration paragraphs the student wrote for the item's harms, graded by how the engine reads them.</summary>
    public IReadOnlyList<StatementAnswer> Statements { get; init; } = [];

    /// <summary>How particular the student judges each harm's showing, as the result's <c>showings</c> says it.</summary>
    public IReadOnlyList<ShowingAnswer> Showings { get; init; } = [];
}

/// <summary>The words a student wrote to carry one harm's showing.</summary>
/// <param name="Harm">The harm's 0-based place in the item's <c>harms</c>.</param>
/// <param name="Statement">The student's declaration paragraph.</param>
public sealed record StatementAnswer(int Harm, string Statement);

/// <summary>A student's judgment of one harm's showing: the harm's place in the item and the showing.</summary>
public sealed record ShowingAnswer(int Harm, Showing Showing);

/// <summary>
/// Reads an answers file against the exercise's request, refusing it whole, like a request, at the first field that
/// is not the result's: an unknown field or value, an id the exercise does not have.
/// </summary>
internal static class AnswersReader
{
    private static readonly string[] MotionFields = ["id", "standard", "disposition", "withoutPrejudice", "items"];
    private static readonly string[] ItemFields = ["id", "standard", "outcome", "redact", "statements", "showings"];

    /// <summary>
    /// Strict JSON with line positions, explained where it breaks (a missing comma, a trailing one), as a request's
    /// syntax is; <paramref name="what"/> names the text in the errors ("the answers file", "the body").
    /// </summary>
    internal static JToken Parse(string text, int maxDepth, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) throw RequestReader.Fail(ContractError.InvalidJson, $"{what} is empty", null, null);
        StrictSyntax.Check(text, maxDepth, what);
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = maxDepth };
            return JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw RequestReader.Fail(ContractError.InvalidJson, $"{what} is not valid JSON", e.Path, e.LineNumber, e.LinePosition);
        }
    }

    public static Answers Read(string json, SealingRequest request)
    {
        var root = Parse(json, 16, "the answers file");
        if (root is not JObject obj) throw RequestReader.Fail(ContractError.InvalidJson, "the answers must be a JSON object", "", root);
        return Read(obj, request, "");
    }

    /// <summary>Reads answers already parsed (with line info) from a larger body; <paramref name="at"/> is their path in it.</summary>
    public static Answers Read(JObject obj, SealingRequest request, string at)
    {
        Only(obj, ["motions"], at);
        // A blank submission ({}) answers nothing: every question the key asks is then missed, not refused.
        if (obj["motions"] is null) return new Answers([]);
        if (obj["motions"] is not JArray motions) throw RequestReader.Fail(ContractError.InvalidValue, "must be an array of motions", Join(at, "motions"), obj["motions"]!);
        var result = new List<MotionAnswer>();
        var seenMotions = new Dictionary<string, string>();
        for (var m = 0; m < motions.Count; m++)
        {
            var path = Join(at, $"motions[{m}]");
            if (motions[m] is not JObject motion) throw Invalid(path, motions[m], "must be an object");
            Only(motion, MotionFields, path);
            var id = Canonical(Id(motion, path), request.Motions.Select(x => x.Id));
            if (request.Motions.All(x => x.Id != id))
                throw RequestReader.Fail(ContractError.UnknownReference, $"'{id}' is not a motion of this exercise (its motions: {Listed(request.Motions.Select(x => x.Id))})", $"{path}.id", motion["id"]);
            Once(seenMotions, id, $"motion '{id}' is answered twice", $"{path}.id", motion["id"]!);
            var seenItems = new Dictionary<string, string>();
            var items = new List<ItemAnswer>();
            if (motion["items"] is { } its)
            {
                if (its is not JArray array) throw Invalid($"{path}.items", its, "must be an array");
                for (var i = 0; i < array.Count; i++)
                {
                    var ip = $"{path}.items[{i}]";
                    if (array[i] is not JObject item) throw Invalid(ip, array[i], "must be an object");
                    Only(item, ItemFields, ip);
                    var itemId = Canonical(Id(item, ip), request.Items.Where(x => x.MotionId == id).Select(x => x.Id));
                    if (request.Items.All(x => x.Id != itemId || x.MotionId != id))
                        throw RequestReader.Fail(ContractError.UnknownReference, $"'{itemId}' is not an item of motion '{id}' (its items: {Listed(request.Items.Where(x => x.MotionId == id).Select(x => x.Id))})", $"{ip}.id", item["id"]);
                    Once(seenItems, itemId, $"item '{itemId}' is answered twice", $"{ip}.id", item["id"]!);
                    List<string>? redact = null;
                    if (item["redact"] is { } r)
                    {
                        if (r is not JArray ids || ids.Any(t => t.Type != JTokenType.String)) throw Invalid($"{ip}.redact", r, "must be an array of information ids");
                        redact = ids.Select(t => (string)t!).ToList();
                        var seenIds = new Dictionary<string, string>();
                        foreach (var (rid, k) in redact.Select((x, k) => (x, k)))
                            if (request.Information.All(n => n.Id != rid || n.ItemId != itemId))
                                throw RequestReader.Fail(ContractError.UnknownReference, $"'{rid}' is not information of item '{itemId}'", $"{ip}.redact[{k}]", ids[k]);
                            else Once(seenIds, rid, $"'{rid}' is listed twice", $"{ip}.redact[{k}]", ids[k]);
                    }
                    items.Add(new ItemAnswer(itemId, Enum<Standard>(item, "standard", ip), Enum<Outcome>(item, "outcome", ip), redact)
                    {
                        Statements = Statements(item, ip, request.StatedHarms.Count(h => h.ItemId == itemId)),
                        Showings = Showings(item, ip, request.StatedHarms.Count(h => h.ItemId == itemId)),
                    });
                }
            }
            bool? withoutPrejudice = motion["withoutPrejudice"] switch
            {
                null => null,
                var t when Blank(t) => null,
                JValue { Type: JTokenType.Boolean } b => (bool)b,
                var t => throw Invalid($"{path}.withoutPrejudice", t, "must be true or false"),
            };
            result.Add(new MotionAnswer(id, Enum<Standard>(motion, "standard", path), Enum<Disposition>(motion, "disposition", path), withoutPrejudice, items));
        }
        return new Answers(result);
    }

    // A student copies "Doc. 43" as "Doc 43" or "doc. 43": an id that differs from exactly one of the exercise's only in
    // case, spaces and punctuation is that one; anything else is kept as typed, to be refused with the list.
    private static string Canonical(string typed, IEnumerable<string> ids)
    {
        var all = ids.ToList();
        if (all.Contains(typed, StringComparer.Ordinal)) return typed;
        var near = all.Where(x => Bare(x) == Bare(typed) && Bare(typed).Length > 0).ToList();
        return near is [var one] ? one : typed;
    }

    private static string Bare(string id) => new([.. id.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    // The student's paragraphs: each names a harm of the item and gives words within the statement limit.
    private static List<StatementAnswer> Statements(JObject item, string path, int harms)
    {
        if (item["statements"] is not { } token) return [];
        if (token is not JArray list) throw Invalid($"{path}.statements", token, "must be an array of { harm, statement }");
        var answers = new List<StatementAnswer>();
        var seen = new Dictionary<long, string>();
        for (var k = 0; k < list.Count; k++)
        {
            var sp = $"{path}.statements[{k}]";
            if (list[k] is not JObject o) throw Invalid(sp, list[k], "must be an object { harm, statement }");
            Only(o, ["harm", "statement"], sp);
            if (o["harm"] is not JValue { Type: JTokenType.Integer } h || (long)h! < 0 || (long)h! >= harms)
                throw Invalid($"{sp}.harm", o["harm"] ?? o, harms switch
                {
                    0 => "names a harm, but the item has none to write for",
                    1 => "must be 0: the item has one harm",
                    _ => $"must be the place of one of the item's {harms} harms, 0 to {harms - 1}",
                });
            // A paragraph left blank (empty, spaces, null) is unanswered, like any other blank answer: marked missed.
            if (o["statement"] is { } blank && Blank(blank)) continue;
            if (o["statement"] is not JValue { Type: JTokenType.String } w)
                throw Invalid($"{sp}.statement", o["statement"] ?? o, "must be the declaration paragraph, as text");
            if (((string)w!).Length > Shapes.StatementLimit)
                throw RequestReader.Fail(ContractError.TooLarge, $"the statement is longer than {Shapes.StatementLimit} characters", $"{sp}.statement", w);
            Once(seen, (long)h!, $"harm {(long)h!} has two paragraphs", $"{sp}.harm", h);
            answers.Add(new StatementAnswer((int)(long)h!, (string)w!));
        }
        return answers;
    }

    // The student's judgment of each harm's showing, in the result's shape: { harm, showing }; a blank one is unanswered.
    private static List<ShowingAnswer> Showings(JObject item, string path, int harms)
    {
        if (item["showings"] is not { } token) return [];
        if (token is not JArray list) throw Invalid($"{path}.showings", token, "must be an array of { harm, showing }");
        var answers = new List<ShowingAnswer>();
        var seen = new Dictionary<long, string>();
        for (var k = 0; k < list.Count; k++)
        {
            var sp = $"{path}.showings[{k}]";
            if (list[k] is not JObject o) throw Invalid(sp, list[k], "must be an object { harm, showing }");
            Only(o, ["harm", "showing"], sp);
            if (o["harm"] is not JValue { Type: JTokenType.Integer } h || (long)h! < 0 || (long)h! >= harms)
                throw Invalid($"{sp}.harm", o["harm"] ?? o, harms switch
                {
                    0 => "names a harm, but the item has none",
                    1 => "must be 0: the item has one harm",
                    _ => $"must be the place of one of the item's {harms} harms, 0 to {harms - 1}",
                });
            if (Enum<Showing>(o, "showing", sp) is not { } showing) continue;
            Once(seen, (long)h!, $"harm {(long)h!} is judged twice", $"{sp}.harm", h);
            answers.Add(new ShowingAnswer((int)(long)h!, showing));
        }
        return answers;
    }

    // An answer given twice would be marked twice: refused, saying where it was first given.
    private static void Once<T>(Dictionary<T, string> seen, T key, string message, string path, JToken at) where T : notnull
    {
        if (!seen.TryAdd(key, path))
            throw RequestReader.Fail(ContractError.DuplicateId, $"{message} (first at {seen[key]})", path, at);
    }

    private static void Only(JObject obj, string[] fields, string path)
    {
        foreach (var p in obj.Properties())
            if (!fields.Contains(p.Name))
                throw RequestReader.Fail(ContractError.InvalidValue, $"unknown field '{p.Name}' (an answer has: {string.Join(", ", fields)})", Join(path, p.Name), p);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Id(JObject obj, string path) => obj["id"] is JValue { Type: JTokenType.String } v
        ? (string)v!
        : throw RequestReader.Fail(ContractError.MissingField, "required field 'id' is missing or not a string", $"{path}.id", obj);

    private static T? Enum<T>(JObject obj, string field, string path) where T : struct, System.Enum
    {
        if (obj[field] is not { } token || Blank(token)) return null;
        var values = Shapes.ValuesOf<T>();
        if (token is not JValue { Type: JTokenType.String } v || !values.Contains((string)v!))
            throw Invalid($"{path}.{field}", token, $"must be one of {string.Join(", ", values)}");
        return System.Enum.GetValues<T>().First(x => Kebab.Of(x) == (string)v!);
    }

    // A blank answer (null, an empty string or spaces) is a question left unanswered, not a malformed file.
    private static bool Blank(JToken token) => token.Type == JTokenType.Null || token is JValue { Type: JTokenType.String } v && ((string)v!).Trim().Length == 0;

    // The ids a student may use, so a misspelt one can be corrected; a long list is cut short.
    private static string Listed(IEnumerable<string> ids)
    {
        var all = ids.Distinct().ToList();
        var shown = string.Join(", ", all.Take(8).Select(i => $"'{i}'"));
        return all.Count > 8 ? $"{shown} and {all.Count - 8} more" : shown;
    }

    private static ContractException Invalid(string path, JToken at, string message) => RequestReader.Fail(ContractError.InvalidValue, message, path, at);
}
