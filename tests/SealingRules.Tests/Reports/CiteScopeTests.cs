using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>A disposition cites another district's order for the same call only in that district; findings keep theirs.</summary>
public sealed class CiteScopeTests
{
    private const string Seed = "Al Otro Lado, Inc. v. McAleenan, No. 17-cv-02366-BAS-KSC, slip op. at 9 (S.D. Cal. Nov. 21, 2019)";

    [Theory]
    [InlineData("remedy/denied-without-prejudice", Seed, "N.D. Cal.", false)]
    [InlineData("remedy/denied-without-prejudice", Seed, "S.D. Cal.", true)]
    [InlineData("remedy/file-redacted-versions", "Foltz v. State Farm Mut. Auto. Ins. Co., 331 F.3d 1122, 1137 (9th Cir. 2003)", "N.D. Cal.", true)]
    [InlineData("compelling/generalized", "Unknown Parties v. Johnson, No. CV-15-00250-TUC-DCB, 2016 WL 8199309, at *4 (D. Ariz. June 27, 2016)", "S.D. Cal.", true)]
    public void ARemedyStep_CitesAnotherDistrictsOrderOnlyThere(string rule, string cite, string court, bool kept)
        => Assert.Equal(kept, CiteScope.Keep(rule, cite, court));

    [Fact]
    public void AnEasternDistrictRuling_CitesItsOwnDistrictsOrderForItsDisposition_NotTheSeed()
    {
        var json = File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")).Replace("\"S.D. Cal.\"", "\"E.D. Cal.\"", StringComparison.Ordinal)
            .Replace("17-cv-02366-BAS-KSC", "1:20-cv-00001", StringComparison.Ordinal); // another case, so the seed is not its own order
        var result = Shared.Service.Evaluate(json);
        var markdown = MarkdownReport.Render(result);

        // A disposition is the deciding court's own call: the JSON and the report cite the E.D. Cal. order that made it, not
        // the S.D. Cal. seed.
        var dispositions = result.Motions.SelectMany(m => m.Reasoning).Where(s => s.Rule.StartsWith("remedy/", StringComparison.Ordinal) && s.Rule.Contains("without-prejudice", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(dispositions);
        Assert.All(dispositions, s => Assert.Equal(["mitchell-denied-without-prejudice"], s.Authorities.Select(a => a.Id)));
        Assert.Contains("Mitchell v. Cate", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("slip op. at 9", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("slip op. at 9", SealingRules.Orders.MarkdownOrder.Render(Shared.Service.Order(json)), StringComparison.Ordinal);
    }

    // The local page filters its reasoning's citations itself (app.js printedCites): its list of districts is this one.
    [Fact]
    public void ThePagesDistrictPattern_IsTheEnginesOwn()
    {
        static string Between(string text, string start, string end)
        {
            var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
            return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
        }
        var engine = Between(File.ReadAllText(Path.Combine(Repo.Root, "src", "SealingRules", "Reports", "CiteScope.cs")), "[GeneratedRegex(@\"", "\"");
        var page = Between(File.ReadAllText(Path.Combine(Repo.Root, "src", "SealingRules.Web", "Page", "app.js")), "const DISTRICT = /", "/;");

        Assert.StartsWith(@"\((N\.D\. Cal\.", engine, StringComparison.Ordinal);
        Assert.Equal(engine, page);
    }
}
