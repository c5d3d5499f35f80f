using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Rules;

/// <summary>
/// `privacy/identifying-details` says of a name standing alone that it identifies the person directly, and of a name among other
/// details (the seed's waitlist) that together they would let someone who knows the people recognise them.
/// </summary>
public sealed class IdentifyingDetailsWordsTests
{
    private static string Request(string information) => $$"""
        { "schemaVersion": 1, "court": "D. Ariz.", "asOf": "2024-06-01", "motions": [ { "id": "Doc. 12", "movant": "plaintiff", "underlyingFiling": "settlement-approval",
          "items": [ { "id": "agreement", "request": "redact", "information": [ {{information}} ],
            "harms": [ { "kind": "privacy", "showing": "specific", "information": ["n"] } ] } ] } ] }
        """;

    private static List<string> Findings(string json) => [.. Shared.Service.Evaluate(json).Motions[0].Items[0].Reasoning
        .Where(s => s.Rule == "privacy/identifying-details").Select(s => s.Finding)];

    [Fact]
    public void ANameStandingAlone_IdentifiesThePersonDirectly()
    {
        var said = Assert.Single(Findings(Request("""{ "id": "n", "kind": "name", "about": "private-individual" }""")));
        Assert.StartsWith("The name identifies the person directly", said, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameAmongOtherDetails_IsOneDetailOfMany()
    {
        var said = Findings(Request("""{ "id": "n", "kind": "name", "about": "private-individual" }, { "id": "o", "kind": "occupation", "about": "private-individual" }"""));
        Assert.Contains(said, f => f.StartsWith("The name is a detail that, with the others in the record, could let someone familiar", StringComparison.Ordinal));
        Assert.DoesNotContain(said, f => f.Contains("directly", StringComparison.Ordinal));
    }
}
