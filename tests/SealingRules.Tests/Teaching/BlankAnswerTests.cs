using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>A question left blank is "unanswered": true with "given" empty (README, "For teachers").</summary>
public sealed class BlankAnswerTests
{
    [Fact]
    public void APrejudiceLeftBlank_BesideAGrantedDisposition_IsUnanswered_InTheJson()
    {
        // A user's answers file to exercise 14: "granted", and nothing said of prejudice.
        var grade = Shared.Service.Grade(Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration"), """
            { "motions": [ { "id": "EA admin. motion to seal TX 80 (Oct. 22, 2008)", "standard": "good-cause", "disposition": "granted",
              "items": [ { "id": "tx-80", "outcome": "seal" } ] } ] }
            """);

        var json = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(grade, Json.Settings));
        var miss = Assert.Single(json["misses"]!, m => (string)m["field"]! == "withoutPrejudice");
        Assert.Equal("", (string)miss["given"]!);
        Assert.True((bool?)miss["unanswered"]);
        // Every other miss with nothing given is blank too, but for the redaction another outcome answers.
        Assert.All(json["misses"]!.Where(m => (string)m["given"]! == "" && (string)m["field"]! != "redact"), m => Assert.True((bool?)m["unanswered"]));
    }
    [Theory]
    [InlineData("\"standard\": \"\"", "standard")]
    [InlineData("\"standard\": null", "standard")]
    [InlineData("\"withoutPrejudice\": null", "withoutPrejudice")]
    [InlineData("\"disposition\": \"  \"", "disposition")]
    public void ABlankOrNullAnswer_IsUnanswered_NotRefused(string blank, string field)
    {
        // Answers files a teacher received: a value left empty or null is a question the student skipped.
        var grade = Shared.Service.Grade(Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration"), $$"""
            { "motions": [ { "id": "EA admin. motion to seal TX 80 (Oct. 22, 2008)", {{blank}},
              "items": [ { "id": "tx-80", "outcome": "public" } ] } ] }
            """);

        var miss = Assert.Single(grade.Misses, m => m.Field == field);
        Assert.True(miss.Unanswered);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    public void ADeclarationParagraphLeftBlank_IsUnanswered_AndMissed(string blank)
    {
        var grade = Shared.Service.Grade(Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration"), $$"""
            { "motions": [ { "id": "EA admin. motion to seal TX 80 (Oct. 22, 2008)", "standard": "compelling-reasons",
              "items": [ { "id": "tx-80", "outcome": "public", "statements": [ { "harm": 0, "statement": {{blank}} } ] } ] } ] }
            """);

        var miss = Assert.Single(grade.Misses, m => m.Field.StartsWith("statements", StringComparison.Ordinal));
        Assert.True(miss.Unanswered);
    }
}
