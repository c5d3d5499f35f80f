using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>A close call names what would tip it; a discretionary reason makes no call close where a settled one decides.</summary>
public sealed class CloseCallTests
{
    private static string Request(string about) => $$"""
        {
          "schemaVersion": 1, "court": "E.D. Cal.", "asOf": "2024-10-18",
          "motions": [{ "id": "Doc. 40", "movant": "plaintiff", "underlyingFiling": "settlement-approval",
            "items": [{ "id": "life-care-plan", "request": "seal",
              "information": [{ "id": "plan-medical", "kind": "medical", "about": "{{about}}" }],
              "harms": [{ "kind": "privacy", "showing": "generalized", "evidence": "argument-only" }] }] }]
        }
        """;

    [Fact]
    public void AnAdultsHealthRecord_OnAGeneralClaim_IsACloseCall_NamingWhatWouldTipIt()
    {
        var item = Shared.Service.Evaluate(Request("private-individual")).Motions[0].Items[0];

        Assert.Equal(Outcome.Seal, item.Outcome);
        Assert.Equal(Certainty.Discretionary, item.Certainty);
        Assert.Contains(item.CloseCalls, c => c.Contains("whether it is at issue would tip the call", StringComparison.Ordinal));
    }

    [Fact]
    public void AMinorsHealthRecord_IsNotACloseCall_WhereTheMinorsRecordRuleDecides()
    {
        var item = Shared.Service.Evaluate(Request("minor")).Motions[0].Items[0];

        Assert.Equal(Outcome.Seal, item.Outcome);
        // The medical-privacy finding still stands in the reasoning; it is just not what the call turns on.
        Assert.Contains(item.Reasoning, s => s.Rule == "privacy/medical-records");
        Assert.Contains(item.Reasoning, s => s.Rule == "privacy/minors-records");
        Assert.Equal(Certainty.Settled, item.Certainty);
        Assert.Empty(item.CloseCalls);
    }
}
