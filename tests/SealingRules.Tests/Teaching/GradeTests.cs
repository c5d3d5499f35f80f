using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Teaching;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

public sealed class GradeTests
{
    private static string Folder(string slug) => Path.Combine(Repo.Examples, slug);

    // The engine's own answer, every field, in the answers file's shape.
    private static string EngineAnswers(string folder)
    {
        var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(folder, "request.json")));
        return new JObject
        {
            ["motions"] = new JArray(result.Motions.Select(m => new JObject
            {
                ["id"] = m.Id, ["standard"] = Kebab(m.Standard), ["disposition"] = Kebab(m.Disposition), ["withoutPrejudice"] = m.WithoutPrejudice,
                ["items"] = new JArray(m.Items.Select(i => new JObject { ["id"] = i.Id, ["outcome"] = Kebab(i.Outcome), ["redact"] = new JArray(i.Redact) })),
            })),
        }.ToString();
    }

    private static string Kebab<T>(T v) where T : struct, Enum => Model.Kebab.Of(v);

    public static TheoryData<string> Agreeing()
    {
        var listed = Disagreements.Load();
        var data = new TheoryData<string>();
        foreach (var e in ExampleCase.All().Where(e => !listed.Any(k => k.StartsWith(e.Slug + "/", StringComparison.Ordinal)))) data.Add(e.Slug);
        return data;
    }

    [Theory]
    [MemberData(nameof(Agreeing))]
    public void TheEnginesOwnAnswer_ScoresFullMarks(string slug)
    {
        var grade = Shared.Service.Grade(Folder(slug), EngineAnswers(Folder(slug)));

        Assert.Empty(grade.Misses);
        Assert.Equal(grade.Max, grade.Score);
        Assert.True(grade.Max > 0);
    }

    [Fact]
    public void AWrongOutcome_LosesTheMark_AndTheMissNamesTheItemARuleAndAnAuthority()
    {
        var grade = Shared.Service.Grade(Folder("al-otro-lado-2019"), """
            { "motions": [ { "id": "ECF 290", "standard": "compelling-reasons", "items": [ { "id": "ex-pi-43", "outcome": "seal" }, { "id": "ex-pi-41", "outcome": "redact", "redact": ["ex-pi-41-phones"] } ] } ] }
            """);

        Assert.Equal(4, grade.Max);
        Assert.Equal(3, grade.Score);
        var miss = Assert.Single(grade.Misses);
        Assert.Equal(("item ex-pi-43", "outcome", "public", "seal"), (miss.Target, miss.Field, miss.Expected, miss.Given));
        Assert.False(string.IsNullOrEmpty(miss.Rule));
        Assert.NotEmpty(miss.Authorities);
        Assert.Contains("generalized", miss.Explanation);
        Assert.StartsWith("If the movant supported its claim", miss.RightIf);
    }

    [Fact]
    public void APartialAnswer_IsMarkedOnlyOnWhatItAnswers_AndAWrongRedactionIsExplained()
    {
        var grade = Shared.Service.Grade(Folder("al-otro-lado-2019"), """
            { "motions": [ { "id": "ECF 314", "items": [ { "id": "ex-cc-reply-4", "redact": ["waitlist-names", "waitlist-gender"] } ] } ] }
            """);

        Assert.Equal(1, grade.Max);
        Assert.Equal(0, grade.Score);
        var miss = Assert.Single(grade.Misses);
        Assert.Equal("redact", miss.Field);
        Assert.Contains("gender", miss.Explanation);
    }

    [Theory]
    [InlineData("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-43", "outcome": "sealed" } ] } ] }""", "invalid-value", "motions[0].items[0].outcome")]
    [InlineData("""{ "motions": [ { "id": "ECF 999" } ] }""", "unknown-reference", "motions[0].id")]
    [InlineData("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-43", "score": 3 } ] } ] }""", "invalid-value", "motions[0].items[0].score")]
    [InlineData("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-41", "redact": ["waitlist-names"] } ] } ] }""", "unknown-reference", "motions[0].items[0].redact[0]")]
    [InlineData("{ \"motions\": [ ", "invalid-json", null)]
    public void AMalformedAnswersFile_IsRefusedWithTheErrorBody(string answers, string code, string? path)
    {
        var e = Assert.Throws<ContractException>(() => Shared.Service.Grade(Folder("al-otro-lado-2019"), answers));

        Assert.Equal(code, e.Error.Code);
        if (path is not null) Assert.Equal(path, e.Error.Path);
        Assert.NotNull(e.Error.Line);
    }
}

public sealed class ExerciseTests
{
    private static IEnumerable<ExampleCase> Exercises => ExampleCase.All().Where(e => e.Slug.StartsWith("exercises/", StringComparison.Ordinal));

    [Fact]
    public void TwelveExercisesOrMore_EachWithACaseFile_TouchEveryDoctrineFolder()
    {
        var exercises = Exercises.ToList();
        Assert.True(exercises.Count >= 12, $"{exercises.Count} exercises");
        Assert.All(exercises, e => Assert.True(File.Exists(Path.Combine(e.Folder, "exercise.md")), e.Slug));
        var book = SealingRules.Engine.RuleBook.Load();
        var touched = exercises.SelectMany(e => Shared.Service.Evaluate(e.RequestJson).Motions)
            .SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
            .Select(s => book[s.Rule].Type.Namespace!.Split('.').Last()).ToHashSet();
        // Doctrine folders only: authorities and Procedure hold data the rules and the check read, not rules.
        var folders = Directory.GetDirectories(Path.Combine(Repo.Root, "rules")).Select(Path.GetFileName).Where(f => f is not ("authorities" or "Procedure" or "bin" or "obj")).ToList();

        Assert.All(folders, f => Assert.Contains(f!, touched));
    }

    [Fact]
    public void AWrongAnswerToAnExercise_LosesMarks()
    {
        var folder = Exercises.First().Folder;
        var request = Shared.Reader.Read(File.ReadAllText(Path.Combine(folder, "request.json")));
        var item = request.Items[0];
        var wrong = $$"""{ "motions": [ { "id": "{{item.MotionId}}", "items": [ { "id": "{{item.Id}}", "outcome": "seal" } ] } ] }""";

        var grade = Shared.Service.Grade(folder, wrong);

        Assert.Equal(1, grade.Max);
        Assert.Equal(0, grade.Score);
        Assert.NotEmpty(Assert.Single(grade.Misses).Authorities);
    }
}
