using SealingRules.Tests.Orders;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>
/// A judge's standing order read and confirmed (the chart Judges Martínez-Olguín and Freeman require) is checked for a
/// case before that judge, named in <c>case.judge</c> or by the initials the case number ends with; for any other
/// judge it is not listed.
/// </summary>
public sealed class JudgeStandingOrderTests
{
    private static string Before(string? judge, string number, bool? table)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(MovantOrderTests.PriceTable);
        json["case"]!["number"] = number;
        if (judge is not null) json["case"]!["judge"] = judge;
        if (table is { } done) json["filing"]!["proposedOrderTable"] = done;
        return json.ToString();
    }

    private static string? Status(string json, string id)
        => Shared.Service.Check(json).Procedure.Requirements.FirstOrDefault(l => l.Id == id)?.Status.ToString();

    [Theory]
    [InlineData(false, "Missing")]
    [InlineData(true, "Met")]
    public void BeforeJudgeMartinezOlguin_TheProposedOrdersChart_IsCheckedFromTheFilingFacts(bool table, string status)
        => Assert.Equal(status, Status(Before("Hon. Araceli Martínez-Olguín", "3:23-cv-01234", table), "ndcal-judge-martinez-olguin-chart"));

    [Fact]
    public void TheInitialsTheCaseNumberEndsWith_NameTheJudge()
        => Assert.Equal("Unknown", Status(Before(null, "5:22-cv-04567-BLF", null), "ndcal-judge-freeman-chart"));

    [Theory]
    [InlineData(false, "Missing")]
    [InlineData(true, "Met")]
    public void BeforeJudgeSchopler_TheMarkedRedactions_AreCheckedFromTheFilingFacts(bool marked, string status)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(Before("Hon. Andrew G. Schopler", "3:24-cv-01234", null));
        json["court"] = "S.D. Cal.";
        json["filing"]!["sealedPortionsMarked"] = marked;

        Assert.Equal(status, Status(json.ToString(), "sdcal-judge-schopler-marked"));
        // A table of grounds for each redaction: no filing fact shows it, so it is asked about, never assumed.
        Assert.Equal("Unknown", Status(json.ToString(), "sdcal-judge-schopler-grounds-table"));
        Assert.Null(Status(json.ToString(), "sdcal-judge-bashant-showing"));
    }

    [Fact]
    public void BeforeJudgeBashant_HerChambersRules_AreListed_AsConfirmed()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(Before("Hon. Cynthia Bashant", "3:24-cv-01234", null));
        json["court"] = "S.D. Cal.";

        var lines = Shared.Service.Check(json.ToString()).Procedure.Requirements;
        Assert.Contains(lines, l => l.Id == "sdcal-judge-bashant-showing" && l.Status.ToString() != "Verify");
        Assert.Contains(lines, l => l.Id == "sdcal-judge-bashant-table" && l.Status.ToString() == "Unknown");
    }

    [Fact]
    public void BeforeAnotherJudge_NoStandingOrderIsListed()
    {
        var json = Before("Hon. A. Example", "3:23-cv-01234-ABC", false);

        Assert.Null(Status(json, "ndcal-judge-martinez-olguin-chart"));
        Assert.Null(Status(json, "ndcal-judge-freeman-chart"));
    }
}
