using System.Globalization;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>
/// The library writes the same bytes whatever the caller's culture: a Buddhist or Hijri calendar, Persian digits,
/// a comma for a decimal point or the Turkish dotless i must not reach a date, a number or a word of the output.
/// </summary>
public sealed class CultureTests
{
    public static TheoryData<string> Cultures => new() { "th-TH", "ar-SA", "fa-IR", "de-DE", "tr-TR" };

    private static readonly string Seed = File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

    // The seed filed in N.D. Cal., one exhibit designated by the other side, so the check counts the designating
    // party's 4-day period (2013-2021 rule) and prints its last day.
    private static readonly string Filed = SeedFiled();

    private static string SeedFiled()
    {
        var seed = Newtonsoft.Json.Linq.JObject.Parse(Seed);
        seed["court"] = "N.D. Cal.";
        seed["motions"]![0]!["items"]![0]!["designatedBy"] = "opposing-party";
        seed["filing"] = Newtonsoft.Json.Linq.JObject.Parse("""{ "motionFiled": "2019-10-04", "designatingDeclarationFiled": true, "designatingDeclarationDate": "2019-10-10", "proposedOrder": true }""");
        return seed.ToString();
    }

    private static (string Json, string Markdown, string LawAsOf, string Html, string WhatIf, string Check, string Order, byte[] Word) Evaluate(CultureInfo culture)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var result = Shared.Service.Evaluate(Seed);
            var order = Shared.Service.Order(Filed);
            // The movant's order too: its table, its withdrawals and, in N.D. Cal., its pleading grid.
            var movant = Shared.Service.MovantOrder(Filed, "ECF 314");
            return (SealingRules.Contract.Json.Write(result, true), MarkdownReport.Render(result), result.Engine.LawAsOf,
                SealingRules.Html.HtmlReport.Render(result), Shared.Service.WhatIfToJson(Seed),
                Shared.Service.CheckToJson(Filed) + CheckReport.Render(Shared.Service.Check(Filed)),
                SealingRules.Orders.MarkdownOrder.Render(order) + SealingRules.Html.ProposedOrderHtml.Render(order) + SealingRules.Orders.MarkdownOrder.Render(movant),
                [.. SealingRules.Word.WordOrder.Render(order), .. SealingRules.Word.WordOrder.Render(movant)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Seed_IsByteIdentical_UnderEveryCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var invariant = Evaluate(CultureInfo.InvariantCulture);
        var local = Evaluate(culture);

        Assert.Equal("2019-11-21", local.LawAsOf);
        Assert.Contains("\"lawAsOf\": \"2019-11-21\"", local.Json, StringComparison.Ordinal);
        Assert.Contains("Law applied as of 2019-11-21.", local.Markdown, StringComparison.Ordinal);
        Assert.Equal(invariant.Json, local.Json);
        Assert.Equal(invariant.Markdown, local.Markdown);
        Assert.Equal(invariant.Html, local.Html);
        Assert.Equal(invariant.WhatIf, local.WhatIf);
        Assert.Contains("\"deadline\": \"2019-10-08\"", local.Check, StringComparison.Ordinal);
        Assert.Equal(invariant.Check, local.Check);
        Assert.Equal(invariant.Order, local.Order);
        Assert.Equal(invariant.Word, local.Word);
    }

    [Fact]
    public void ThaiCulture_WouldWriteABuddhistYear()
    {
        // What the test guards against: under th-TH a date written without a provider is in the Buddhist era.
        Assert.Equal("2562-11-21", new DateOnly(2019, 11, 21).ToString("yyyy-MM-dd", CultureInfo.GetCultureInfo("th-TH")));
    }
}
