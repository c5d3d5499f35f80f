using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>Only the questions an exercise's answer key asks are marked: a field the key is silent on counts for nothing.</summary>
public sealed class KeyQuestionTests
{
    private static string Exercise(string slug) => Path.Combine(Repo.Examples, "exercises", slug);

    [Fact]
    public void APrejudiceAnswer_ToAKeySilentOnIt_IsNotMarked()
    {
        // A user's answers file (exercise 02's key does not ask whether the denial is without prejudice).
        var grade = Shared.Service.Grade(Exercise("02-protective-order-designation"), """
            { "motions": [ { "id": "Doc. 31", "standard": "compelling-reasons", "disposition": "denied", "withoutPrejudice": false,
              "items": [ { "id": "ruffner-response-brief", "outcome": "public" } ] } ] }
            """);

        Assert.Equal((3, 3), (grade.Score, grade.Max));
        Assert.DoesNotContain(grade.Marks, m => m.Field == "withoutPrejudice");
        Assert.Empty(grade.Misses);
    }

    [Theory]
    [InlineData("02-protective-order-designation")]
    [InlineData("05-designating-party-speaks")]
    [InlineData("07-courts-own-review")]
    [InlineData("10-health-records-at-issue")]
    [InlineData("15-called-privileged")]
    [InlineData("17-a-confidentiality-clause")]
    public void EveryFieldAnswered_IsMarkedOnlyWhereTheKeyAsks(string slug)
    {
        var key = JObject.Parse(File.ReadAllText(Path.Combine(Exercise(slug), "expected.json")));
        var motions = ((JArray)key["motions"]!).Cast<JObject>().ToList();
        // Every field answered, both ways for prejudice, so a mark on a field the key is silent on would show.
        foreach (var prejudice in new[] { true, false })
        {
            var answers = new JObject
            {
                ["motions"] = new JArray(motions.Select(m => new JObject
                {
                    ["id"] = m["id"], ["standard"] = "good-cause", ["disposition"] = "denied", ["withoutPrejudice"] = prejudice,
                    ["items"] = new JArray(((JArray)m["items"]!).Select(i => new JObject { ["id"] = i["id"], ["standard"] = "good-cause", ["outcome"] = "public" })),
                })),
            };

            var grade = Shared.Service.Grade(Exercise(slug), answers.ToString());

            var asked = motions.SelectMany(m => m.Properties().Where(p => p.Name is "standard" or "disposition" or "withoutPrejudice").Select(p => ((string)m["id"]!, p.Name))
                .Concat(((JArray)m["items"]!).Cast<JObject>().SelectMany(i => i.Properties().Where(p => p.Name is "standard" or "outcome" or "redact").Select(p => ((string)i["id"]!, p.Name)))))
                .ToHashSet();
            Assert.All(grade.Marks, mark => Assert.Contains((mark.Target, mark.Field), asked));
            Assert.Equal(asked.Count, grade.Max);
        }
    }

    [Fact]
    public void AnExercise_MayBeNamedAsTheReadmeListsIt()
    {
        Assert.Equal(Exercise("14-write-the-declaration"), SealingRules.Teaching.Exercise.Resolve("14-write-the-declaration", Repo.Root));
        // A path that is an exercise is kept; a name that is none is returned as given, for the error to name it.
        Assert.Equal(Exercise("01-no-reason-offered"), SealingRules.Teaching.Exercise.Resolve(Exercise("01-no-reason-offered"), "/nowhere"));
        Assert.Equal("15-no-such-exercise", SealingRules.Teaching.Exercise.Resolve("15-no-such-exercise", Repo.Root));
    }

    [Fact]
    public void AMissedDisposition_ExplainsEachReasonOnce_AndLeavesRenewalToThePrejudiceQuestion()
    {
        // Exercise 17: both documents are public for one reason (a confidentiality clause is no reason to seal).
        var grade = Shared.Service.Grade(Exercise("17-a-confidentiality-clause"), """
            { "motions": [ { "id": "Doc. 43", "disposition": "granted", "withoutPrejudice": false,
              "items": [ { "id": "tapestry-settlement-agreement", "outcome": "seal" }, { "id": "tapestry-msj", "outcome": "seal" } ] } ] }
            """);

        var disposition = Assert.Single(grade.Misses, m => m.Field == "disposition").Explanation;
        var sentences = disposition.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(sentences.Length, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("amended motion", disposition, StringComparison.Ordinal);
        Assert.Contains("amended motion", Assert.Single(grade.Misses, m => m.Field == "withoutPrejudice").Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14-write-the-declration", "14-write-the-declaration")]
    [InlineData("14", "14-write-the-declaration")]
    [InlineData("17-a-confidentality-clause", "17-a-confidentiality-clause")]
    public void AMistypedExerciseName_IsAnsweredWithTheOneMeant(string typed, string meant)
        => Assert.Equal(meant, SealingRules.Teaching.Exercise.Nearest(typed, Repo.Root));

    [Fact]
    public void ANameNearNoExercise_SuggestsNothing()
        => Assert.Null(SealingRules.Teaching.Exercise.Nearest("contracts-101", Repo.Root));

    [Fact]
    public void AMissExplains_TheFindingTheRulingRestsOn_NotTheFirstThatLeansItsWay()
    {
        // A teacher's student redacted the officials' email addresses too: they stay public because the accounts are
        // official (Lissner), not because a privacy claim was conclusory.
        var grade = Shared.Service.Grade(Exercise("12-al-otro-lado"), """
            { "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-41", "outcome": "redact", "redact": ["ex-pi-41-emails", "ex-pi-41-phones"] } ] } ] }
            """);

        var miss = Assert.Single(grade.Misses, m => m.Field == "redact" && !m.Unanswered);
        Assert.Contains("the accounts are official", miss.Explanation, StringComparison.Ordinal);
        Assert.Contains(miss.Authorities, a => a.Cite.StartsWith("Lissner", StringComparison.Ordinal));
    }
}
