using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>
/// A harm stated twice about the same information is one claim. Found by the properties: each repeat became a second,
/// equal HarmClaim fact, which NRules refuses, and the CLI answered "internal error".
/// </summary>
public sealed class RepeatedClaimTests
{
    private const string Twice = """
        {"schemaVersion": 1, "motions": [{"id": "m", "movant": "plaintiff", "underlyingFiling": "trial", "items": [
          {"id": "i", "request": "seal", "information": [{"id": "n", "kind": "other", "about": "party"}],
           "harms": [{"kind": "privacy", "showing": "none"}, {"kind": "privacy", "showing": "none"}]}]}]}
        """;

    private const string Once = """
        {"schemaVersion": 1, "motions": [{"id": "m", "movant": "plaintiff", "underlyingFiling": "trial", "items": [
          {"id": "i", "request": "seal", "information": [{"id": "n", "kind": "other", "about": "party"}],
           "harms": [{"kind": "privacy", "showing": "none"}]}]}]}
        """;

    // One harm naming all of the item's information and another naming some of it, with the same claim.
    private const string Overlapping = """
        {"schemaVersion": 1, "motions": [{"id": "m", "movant": "plaintiff", "underlyingFiling": "trial", "items": [
          {"id": "i", "request": "seal", "information": [{"id": "n", "kind": "other", "about": "party"}],
           "harms": [{"kind": "privacy", "showing": "none"}, {"kind": "privacy", "showing": "none", "information": ["n"]}]}]}]}
        """;

    // The decision is the claim's once; only `showings`, one entry per harm as stated (contract 1.x), lists each harm.
    private static string Decision(string json)
    {
        var result = Shared.Service.Evaluate(json);
        Assert.All(result.Motions.SelectMany(m => m.Items), i => Assert.All(i.Showings, s => Assert.Equal(SealingRules.Model.Showing.None, s.Showing)));
        return SealingRules.Contract.Json.Write(result with
        {
            Motions = result.Motions.Select(m => m with { Items = m.Items.Select(i => i with { Showings = [] }).ToList() }).ToList(),
        });
    }

    [Fact]
    public void TheSameClaimTwice_IsTheClaimOnce()
    {
        Assert.Equal(Decision(Once), Decision(Twice));
        Assert.Equal(2, Shared.Service.Evaluate(Twice).Motions[0].Items[0].Showings.Count);
    }

    [Fact]
    public void AClaimRepeatedForPartOfTheItem_IsTheClaimOnce()
        => Assert.Equal(Decision(Once), Decision(Overlapping));
}
