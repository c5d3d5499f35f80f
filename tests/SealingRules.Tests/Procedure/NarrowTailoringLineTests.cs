using Newtonsoft.Json.Linq;
using SealingRules.Procedure;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>
/// Where the district's rule asks for narrow tailoring, the check names what to ask for instead: for a document the
/// court would file with some parts redacted, those parts; for one it would keep nothing of, no such line.
/// </summary>
public sealed class NarrowTailoringLineTests
{
    private const string PriceTable = FactPatterns.PriceTableInASupplyAgreement;

    private static ProcedureLine Line(string json)
    {
        var request = Shared.Reader.Read(json);
        var check = new PreFilingCheck().Run(request, Shared.Engine.Evaluate(request));
        return check.Procedure.Requirements.Single(l => l.Rule == "Civil L.R. 79-5(a)");
    }

    [Fact]
    public void ADocumentOfWhichOnlyThePriceTableIsSealable_IsToldToAskToRedactOnlyThePriceTable()
    {
        var line = Line(PriceTable);

        Assert.Equal(Status.Missing, line.Status);
        Assert.Equal("The engine would not keep all that is asked from the public for the supply agreement. It would redact only the price table in the supply agreement, and file the rest publicly. Ask for that, or strengthen the showing.", line.Why);
    }

    [Fact]
    public void ADocumentWithAnExhibitNumber_IsNamedAsTheOrdersNameIt()
    {
        var numbered = JObject.Parse(PriceTable);
        numbered["filing"] = JObject.Parse("""{ "items": [ { "id": "agreement", "exhibit": "Ex. 3" } ] }""");

        var line = Line(numbered.ToString());

        Assert.StartsWith("The engine would not keep all that is asked from the public for Ex. 3 (Supply agreement).", line.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSuchDocuments_AreCountedInWords()
    {
        var two = JObject.Parse(PriceTable);
        var items = (JArray)two["motions"]![0]!["items"]!;
        var second = (JObject)items[0].DeepClone();
        second["id"] = "agreement-2";
        second["title"] = "Second supply agreement";
        foreach (var info in (JArray)second["information"]!) info["id"] = (string)info["id"]! + "-2";
        foreach (var harm in (JArray)second["harms"]!) harm["information"] = new JArray(((JArray)harm["information"]!).Select(i => (string)i! + "-2"));
        items.Add(second);

        var line = Line(two.ToString());

        Assert.StartsWith("The engine would not keep all that is asked from the public for two documents. It would redact only ", line.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentOfWhichNothingIsSealable_IsNotToldToRedactAnything()
    {
        var nothing = JObject.Parse(PriceTable);
        nothing["motions"]![0]!["items"]![0]!["harms"]![0]!["showing"] = "conclusory";

        var line = Line(nothing.ToString());

        Assert.Equal(Status.Missing, line.Status);
        Assert.DoesNotContain("It would redact only", line.Why, StringComparison.Ordinal);
    }
}
