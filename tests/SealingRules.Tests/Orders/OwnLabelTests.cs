using SealingRules.Orders;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>The discussion names a piece of a document as the table does, by the movant's own label, where the label reads as a noun phrase in the sentence.</summary>
public sealed class OwnLabelTests
{
    private static string Request(string label, string secondItem = "") => $$"""
        { "schemaVersion": 1, "court": "W.D. Wash.", "asOf": "2026-11-01", "motions": [ { "id": "Dkt. 41", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
          { "id": "ex-9", "title": "Exhibit 9, 2024 driver pay scale", "request": "redact",
            "information": [ { "id": "ex-9-rates", "kind": "pricing-terms", "about": "party", "label": {{Newtonsoft.Json.JsonConvert.ToString(label)}} } ],
            "harms": [ { "kind": "competitive-harm", "statement": "Disclosure of Exhibit 9 could harm Cascade's business.", "evidence": "declaration" } ] }{{secondItem}} ] } ] }
        """;

    private static string Discussion(string request)
        => string.Join("\n", Shared.Service.Order(request).Discussion.SelectMany(s => s.Paragraphs).Select(p => p.Text));

    [Fact]
    public void AShortLabel_NamesThePieceInTheDiscussion_AsInTheTable()
    {
        var order = Shared.Service.Order(Request("the per-mile pay rates"));

        Assert.Contains("No reason sufficient to overcome the presumption of access has been shown for the per-mile pay rates; they stay public.", Discussion(Request("the per-mile pay rates")), StringComparison.Ordinal);
        Assert.StartsWith("The per-mile pay rates", Assert.Single(order.Table).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the price table")] // singular, where the kind's words are plural: "they stay public" would not agree
    [InlineData("the rates, with the hours and fees billed")] // its own comma: no noun phrase inside a sentence
    [InlineData("the per-mile rates paid to drivers in each of the six states")] // too long to repeat in a sentence
    public void ALabelThatWouldNotReadInTheSentence_LeavesTheKindsWords(string label)
        => Assert.Contains("has been shown for the pricing terms; they stay public.", Discussion(Request(label)), StringComparison.Ordinal);

    [Fact]
    public void APartDecidingTwoDocuments_LeavesTheKindsWords_ForEachHasItsOwnLabel()
    {
        const string second = """
            , { "id": "ex-10", "title": "Exhibit 10, 2025 driver pay scale", "request": "redact",
              "information": [ { "id": "ex-10-rates", "kind": "pricing-terms", "about": "party", "label": "the new per-mile rates" } ],
              "harms": [ { "kind": "competitive-harm", "statement": "Disclosure of Exhibit 10 could harm Cascade's business.", "evidence": "declaration" } ] }
            """;

        var discussion = Discussion(Request("the per-mile pay rates", second));

        Assert.Contains("has been shown for the pricing terms; they stay public.", discussion, StringComparison.Ordinal);
        Assert.DoesNotContain("per-mile", discussion, StringComparison.Ordinal);
    }
}
