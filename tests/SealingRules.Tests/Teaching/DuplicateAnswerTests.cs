using SealingRules.Contract;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>An answer given twice would be marked twice: the file is refused, naming the id, its path and line.</summary>
public sealed class DuplicateAnswerTests
{
    private static string Exercise(string slug) => Path.Combine(Repo.Examples, "exercises", slug);

    private const string Ex14 = "EA admin. motion to seal TX 80 (Oct. 22, 2008)";

    [Theory]
    [InlineData("06-whole-document-or-narrow-redaction",
        "{ \"motions\": [ { \"id\": \"ECF 53\" },\n { \"id\": \"ECF 53\", \"disposition\": \"denied\" } ] }",
        "motions[1].id", 2, "ECF 53")]
    [InlineData("06-whole-document-or-narrow-redaction",
        "{ \"motions\": [ { \"id\": \"ECF 60\", \"items\": [ { \"id\": \"opp-text-items\", \"outcome\": \"seal\" },\n { \"id\": \"opp-text-items\", \"outcome\": \"redact\" } ] } ] }",
        "motions[0].items[1].id", 2, "opp-text-items")]
    [InlineData("06-whole-document-or-narrow-redaction",
        "{ \"motions\": [ { \"id\": \"ECF 60\", \"items\": [ { \"id\": \"opp-text-items\",\n \"redact\": [\"opp-pricing\", \"opp-royalty-rates\",\n \"opp-pricing\"] } ] } ] }",
        "motions[0].items[0].redact[2]", 3, "opp-pricing")]
    [InlineData("14-write-the-declaration",
        "{ \"motions\": [ { \"id\": \"" + Ex14 + "\", \"items\": [ { \"id\": \"tx-80\", \"statements\": [ { \"harm\": 0, \"statement\": \"Competitors.\" },\n { \"harm\": 0, \"statement\": \"Other licensors would use the rate.\" } ] } ] } ] }",
        "motions[0].items[0].statements[1].harm", 2, "harm 0")]
    public void AnAnswerGivenTwice_IsRefused_NamingTheIdItsPathAndLine(string slug, string answers, string path, int line, string named)
    {
        var e = Assert.Throws<ContractException>(() => Shared.Service.Grade(Exercise(slug), answers));

        Assert.Equal(("duplicate-id", path, line), (e.Error.Code, e.Error.Path, e.Error.Line));
        Assert.Contains(named, e.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ":", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAClass_TheFileWithADuplicate_IsRefusedOnItsOwn_AndTheRestGraded()
    {
        var dir = Directory.CreateTempSubdirectory("grade-dup-");
        try
        {
            var good = Path.Combine(dir.FullName, "good.json");
            var dup = Path.Combine(dir.FullName, "dup.json");
            File.WriteAllText(good, """{ "motions": [ { "id": "ECF 53", "disposition": "denied" } ] }""");
            File.WriteAllText(dup, """{ "motions": [ { "id": "ECF 53" }, { "id": "ECF 53" } ] }""");
            var output = new StringWriter();
            var error = new StringWriter();

            var code = await SealingRules.Cli.CommandLine.RunAsync(["grade", Exercise("06-whole-document-or-narrow-redaction"), good, dup], new StringReader(""), output, error);

            Assert.Equal(2, code);
            Assert.Contains("good.json", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("dup.json", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("duplicate-id", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("motions[1].id", error.ToString(), StringComparison.Ordinal);
        }
        finally { dir.Delete(true); }
    }
}
