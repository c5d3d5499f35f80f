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

    [Fact]
    public void TheSameClaimTwice_IsTheClaimOnce()
        => Assert.Equal(Shared.Service.EvaluateToJson(Once), Shared.Service.EvaluateToJson(Twice));

    [Fact]
    public void AClaimRepeatedForPartOfTheItem_IsTheClaimOnce()
        => Assert.Equal(Shared.Service.EvaluateToJson(Once), Shared.Service.EvaluateToJson(Overlapping));
}
