namespace SealingRules.Tests.Support;

/// <summary>Requests several tests share: small fact patterns a litigant would bring.</summary>
public static class FactPatterns
{
    /// <summary>
    /// A supplier agreement asked to be sealed whole, of which only the price table is shown to be sealable (a specific
    /// showing in a declaration); the licence terms rest on argument alone.
    /// </summary>
    public const string PriceTableInASupplyAgreement = """
        { "schemaVersion": 1, "asOf": "2024-03-01", "court": "N.D. Cal.", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
          { "id": "agreement", "title": "Supply agreement", "request": "seal",
            "information": [
              { "id": "prices", "kind": "pricing-terms", "about": "party", "label": "the price table" },
              { "id": "terms", "kind": "licensing-terms", "about": "party" } ],
            "harms": [
              { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration", "information": ["prices"] },
              { "kind": "competitive-harm", "showing": "conclusory", "evidence": "argument-only", "information": ["terms"] } ] } ] } ] }
        """;
}
