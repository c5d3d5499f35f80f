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
}
