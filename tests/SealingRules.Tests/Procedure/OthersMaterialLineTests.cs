using SealingRules.Procedure;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>
/// Where a district's rule as read has no step for another party's material (who supports the designation, by when),
/// the check says so, to verify, rather than let silence read as nothing required; where it has one, it shows that.
/// </summary>
public sealed class OthersMaterialLineTests
{
    private static string Request(string court, string designatedBy) => $$"""
        { "schemaVersion": 1, "court": "{{court}}", "asOf": "2024-03-01", "motions": [ { "id": "ECF 41", "movant": "plaintiff", "underlyingFiling": "summary-judgment",
          "items": [ { "id": "ex-2", "request": "seal", "designatedBy": "{{designatedBy}}", "information": [ { "id": "orders", "kind": "security-procedure", "about": "government-agency" } ],
            "harms": [ { "kind": "security-vulnerability", "showing": "specific", "offeredBy": "designating-party", "information": ["orders"] } ] } ] } ] }
        """;

    private static IReadOnlyList<ProcedureLine> Lines(string court, string designatedBy)
        => Shared.Service.Check(Request(court, designatedBy)).Procedure.Requirements;

    [Fact]
    public void AnotherPartysMaterial_InADistrictWithNoStepForIt_IsToVerify()
    {
        var line = Assert.Single(Lines("E.D. Cal.", "opposing-party"), l => l.Id == "others-material-not-covered");
        Assert.Equal(Status.Verify, line.Status);
        Assert.StartsWith("Not covered here: check L.R. 141", line.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMovantsOwnMaterial_OrADistrictWithTheStep_HasNoSuchLine()
    {
        Assert.DoesNotContain(Lines("E.D. Cal.", "movant"), l => l.Id == "others-material-not-covered");
        Assert.DoesNotContain(Lines("N.D. Cal.", "opposing-party"), l => l.Id == "others-material-not-covered");
    }
}
