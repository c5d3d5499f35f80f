using SealingRules.Orders;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>
/// Outputs the length of the order they model (issue 21): the seed's real order is 3,425 words (`wc -w` of its text,
/// Al Otro Lado v. McAleenan, S.D. Cal. Nov. 21, 2019); the Markdown report and the predicted order each at most 1.2
/// times that, the predicted order no longer than the real one, the what-if at most twice the report, the check without
/// the ruling shorter than the report.
/// </summary>
public sealed class LengthTests
{
    private const int SeedOrderWords = 3425;

    private static string SeedJson => File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int ReportWords => Words(MarkdownReport.Render(Shared.Service.Evaluate(SeedJson)));

    [Fact]
    public void TheSeedsReport_IsAtMostASixthLongerThanTheRealOrder() => Assert.InRange(ReportWords, 1, SeedOrderWords * 6 / 5);

    [Fact]
    public void TheSeedsOrder_IsNoLongerThanTheRealOrder() => Assert.InRange(Words(MarkdownOrder.Render(Shared.Service.Order(SeedJson))), 1, SeedOrderWords);

    [Fact]
    public void TheSeedsWhatIf_IsAtMostTwiceTheReport()
    {
        var result = Shared.Service.Evaluate(SeedJson);
        var whatIf = Words(MarkdownReport.Render(result, whatIf: Shared.Service.WhatIf(SeedJson)));

        Assert.InRange(whatIf, ReportWords, 2 * ReportWords);
    }

    [Fact]
    public void TheSeedsCheck_WithoutTheRuling_IsShorterThanTheReport()
        => Assert.InRange(Words(CheckReport.Render(Shared.Service.Check(SeedJson), false)), 1, ReportWords - 1);

    [Fact]
    public void NoCellOfTheSeedsOrderTable_RunsOver150Words()
        => Assert.All(Shared.Service.Order(SeedJson).Table, row => Assert.InRange(Words(row.Reason), 1, 150));

    [Fact]
    public void TheSeedsReport_NeverCitesTheSeedItself()
        => Assert.DoesNotContain("17-cv-02366-BAS-KSC, slip op.", MarkdownReport.Render(Shared.Service.Evaluate(SeedJson)), StringComparison.Ordinal);

    [Fact]
    public void TheSeedsHtmlReport_IsAtMostASixthLongerThanTheRealOrder()
    {
        var html = SealingRules.Html.HtmlReport.Render(Shared.Service.Evaluate(SeedJson));
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "<style.*?</style>", "", System.Text.RegularExpressions.RegexOptions.Singleline), "<[^>]+>", " "));

        Assert.InRange(Words(text), 1, SeedOrderWords * 6 / 5);
    }
}
