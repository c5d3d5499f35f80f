using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>
/// Each exercise's example answer (the shape the case file tells students to answer in) asks exactly what the answer
/// key marks, and gives none of it away: a question marked but not asked costs a student marks for nothing, and a value
/// filled in hands over the answer.
/// </summary>
public sealed partial class AnswerShapeTests
{
    public static TheoryData<string> Exercises()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Repo.Examples, "exercises")).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(dir, "expected.json"))) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void TheCaseFile_TellsTheWordsTheGraderAccepts_ForEveryFieldItsExampleShows(string slug)
    {
        // A student who writes "sealed" is refused, so the case file says which words the answer takes.
        var text = File.ReadAllText(Path.Combine(Repo.Examples, "exercises", slug, "exercise.md"));
        var example = ExampleAnswer().Match(text).Value;
        var words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["outcome"] = "`seal`, `redact` or `public`",
            ["disposition"] = "`granted`, `granted-in-part` or `denied`",
            ["standard"] = "`compelling-reasons` or `good-cause`",
            ["withoutPrejudice"] = "`true` or `false`",
        };
        foreach (var (field, values) in words.Where(w => example.Contains($"\"{w.Key}\"", StringComparison.Ordinal)))
            Assert.True(text.Contains(values, StringComparison.Ordinal), $"{slug}: the case file does not say that {field} is {values}");
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void TheExampleAnswer_AsksWhatTheKeyMarks_AndGivesNothingAway(string slug)
    {
        var folder = Path.Combine(Repo.Examples, "exercises", slug);
        var example = ExampleAnswer().Match(File.ReadAllText(Path.Combine(folder, "exercise.md")));
        Assert.True(example.Success, $"{slug}: exercise.md shows no example answer");
        var key = JObject.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));

        var marked = ((JArray)key["motions"]!).Cast<JObject>()
            // "why" is the author's word on what a question tests, not a question.
            .SelectMany(m => m.Properties().Select(p => p.Name).Where(n => n is not ("id" or "items" or "why"))
                .Concat(((JArray)m["items"]!).Cast<JObject>().SelectMany(i => i.Properties().Select(p => p.Name == "statementsAsked" ? "statements" : p.Name).Where(n => n is not ("id" or "why")))))
            .ToHashSet(StringComparer.Ordinal);
        var shown = Field().Matches(example.Value).Select(f => f.Groups[1].Value).Where(n => n is not ("motions" or "items" or "id" or "harm" or "statement" or "showing"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(marked.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        foreach (var given in Given().Matches(example.Value).Cast<Match>())
            Assert.Fail($"{slug}: the example answer gives '{given.Groups[1].Value}' a value ({given.Groups[2].Value}); show … instead");
    }

    [GeneratedRegex("`(\\{ \"motions\".*?)`", RegexOptions.Singleline)]
    private static partial Regex ExampleAnswer();

    [GeneratedRegex("\"([A-Za-z]+)\":")]
    private static partial Regex Field();

    // A marked field with anything but the ellipsis after it.
    [GeneratedRegex("\"(standard|disposition|withoutPrejudice|outcome|redact)\": (?!\"…\"|…|\\[ … \\])([^,}]+)")]
    private static partial Regex Given();
}
