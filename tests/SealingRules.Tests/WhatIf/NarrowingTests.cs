using SealingRules.Model;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using SealingRules.WhatIf;
using Xunit;
using Xunit.Abstractions;

namespace SealingRules.Tests.WhatIf;

/// <summary>
/// The cheapest advice there is: an item that gets part of what it asked is told to ask for that part alone, and the
/// request so narrowed, decided again, is granted in full.
/// </summary>
public sealed class NarrowingTests(ITestOutputHelper output)
{
    private const string PriceTableInASupplyAgreement = FactPatterns.PriceTableInASupplyAgreement;

    [Fact]
    public void AWholeDocumentOfWhichOnlyThePriceTableIsSealable_IsToldToAskToRedactThePriceTableAlone_AndThatWins()
    {
        var item = Shared.Service.WhatIf(PriceTableInASupplyAgreement).Items[0];

        Assert.Equal(Relief.Partial, item.Relief);
        var first = item.Changes[0];
        Assert.Equal(["request"], first.Dimensions);
        Assert.Equal(Reach.AskOnly, first.Asks);
        Assert.Equal(Relief.Full, first.Relief);
        Assert.Equal(Outcome.Redact, first.Outcome);
        Assert.Equal(["prices"], first.Redact);
        Assert.StartsWith("If the movant asked only to redact the price table rather than to seal the whole document, leaving the licensing terms public, the supply agreement would be filed publicly with the price table redacted, as asked", first.Explanation, StringComparison.Ordinal);
        // The reason that named only the part dropped goes with it; the request asks to redact, and the other part is no longer asked for.
        Assert.Contains(first.Patch, op => op is { Op: "remove", Path: "/motions/0/items/0/harms/1" });
        Assert.Contains(first.Patch, op => op is { Op: "remove", Path: "/motions/0/items/0/information/1" });
        Assert.Contains(first.Patch, op => op.Op == "replace" && op.Path == "/motions/0/items/0/request" && (string?)op.Value == "redact");
        // Held to its word by an independent patch implementation: the narrowed request is granted in full, and every operation is needed.
        Assert.Empty(WhatIfCheck.Problems(PriceTableInASupplyAgreement, Shared.Service.WhatIf(PriceTableInASupplyAgreement)));
    }

    [Fact]
    public void ARequestToRedactBothParts_IsToldToRedactOnlyThePriceTable()
    {
        var redact = PriceTableInASupplyAgreement.Replace("\"request\": \"seal\"", "\"request\": \"redact\"", StringComparison.Ordinal);

        var first = Shared.Service.WhatIf(redact).Items[0].Changes[0];

        Assert.Equal(["request"], first.Dimensions);
        Assert.DoesNotContain(first.Patch, op => op.Path.EndsWith("/request", StringComparison.Ordinal));
        Assert.StartsWith("If the movant asked to redact only the price table, and not the licensing terms, the supply agreement would be filed publicly with the price table redacted, as asked", first.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AWholeDocumentWhoseOnlyDescribedPartIsSealable_AndWhoseRestIsNot_IsToldToAskToRedactThatPart()
    {
        // The price table is the only part described, and the movant says the rest is not confidential: nothing is
        // dropped from the request, but asking to redact rather than to seal wins it in full.
        const string OnePart = """
            { "schemaVersion": 1, "asOf": "2024-03-01", "court": "N.D. Cal.", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
              { "id": "agreement", "title": "Supply agreement", "request": "seal", "remainder": "not-confidential",
                "information": [ { "id": "prices", "kind": "pricing-terms", "about": "party", "label": "the price table" } ],
                "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] } ] } ] }
            """;

        var item = Shared.Service.WhatIf(OnePart).Items[0];

        Assert.Equal(Relief.Partial, item.Relief);
        var first = item.Changes[0];
        Assert.Equal((Relief.Full, Outcome.Redact), (first.Relief, first.Outcome));
        var op = Assert.Single(first.Patch);
        Assert.Equal(("replace", "/motions/0/items/0/request", "redact"), (op.Op, op.Path, (string?)op.Value));
        Assert.StartsWith("If the movant asked only to redact the price table rather than to seal the whole document", first.Explanation, StringComparison.Ordinal);
        Assert.Empty(WhatIfCheck.Problems(OnePart, Shared.Service.WhatIf(OnePart)));
        // Nothing wins the whole document sealed, and the answer says that is what nothing wins.
        Assert.Equal("No change of fact within the party's control wins sealing the whole document here; the narrowed request does.", item.WithinReach);

        // The near miss: asked to redact already, it has nothing to narrow.
        var redact = Shared.Service.WhatIf(OnePart.Replace("\"request\": \"seal\"", "\"request\": \"redact\"", StringComparison.Ordinal)).Items[0];
        Assert.DoesNotContain(redact.Changes, c => c.Dimensions.Contains("request"));
    }

    [Fact]
    public void AnItemThatGetsAllOrNothing_HasNothingToNarrow()
    {
        var all = PriceTableInASupplyAgreement.Replace("\"conclusory\", \"evidence\": \"argument-only\"", "\"specific\", \"evidence\": \"declaration\"", StringComparison.Ordinal);
        var none = PriceTableInASupplyAgreement.Replace("\"specific\", \"evidence\": \"declaration\"", "\"conclusory\", \"evidence\": \"argument-only\"", StringComparison.Ordinal);

        foreach (var json in new[] { all, none })
        {
            var item = Shared.Service.WhatIf(json).Items[0];
            Assert.NotEqual(Relief.Partial, item.Relief);
            Assert.DoesNotContain(item.Changes, c => c.Dimensions.Contains("request"));
        }
    }

    [Fact]
    public void APartAnotherItemQuotes_IsNotDroppedFromTheRequest()
    {
        // A brief that quotes the licence terms would point at nothing if they left the request: no narrowing is offered.
        const string Brief = "{ \"id\": \"brief\", \"request\": \"redact\", \"refersTo\": [\"terms\"], \"information\": [ { \"id\": \"brief-quote\", \"kind\": \"licensing-terms\", \"about\": \"party\" } ] },";
        var quoted = PriceTableInASupplyAgreement.Replace("{ \"id\": \"agreement\",", Brief + " { \"id\": \"agreement\",", StringComparison.Ordinal);

        var item = Shared.Service.WhatIf(quoted).Items.Single(i => i.Id == "agreement");

        Assert.Equal(Relief.Partial, item.Relief);
        Assert.DoesNotContain(item.Changes, c => c.Dimensions.Contains("request"));
    }

    [Fact]
    public void OnTheCaseBase_EveryItemGrantedInPart_IsOfferedANarrowingThatWins_OrOneThatCannotBeStated()
    {
        int partial = 0, narrowed = 0;
        foreach (var example in ExampleCase.All())
        {
            var whatIf = Shared.Service.WhatIf(example.RequestJson);
            foreach (var item in whatIf.Items.Where(i => i.Relief == Relief.Partial && i.Outcome == Outcome.Redact))
            {
                partial++;
                if (item.Changes.FirstOrDefault(c => c.Dimensions.Contains("request")) is { } c)
                {
                    narrowed++;
                    Assert.Equal(Relief.Full, c.Relief);
                    Assert.Same(c, item.Changes[0]);
                }
            }
        }
        output.WriteLine($"items granted in part on the case base: {partial}; offered a narrowing that wins: {narrowed}");
        Assert.True(partial > 0 && narrowed >= partial * 3 / 4, $"{narrowed} of {partial}");
    }
}

/// <summary>A change names its document as a reader recognises it, not by a 90-character title in every sentence.</summary>
public sealed class ShortTitleTests
{
    [Theory]
    [InlineData("Exhibit 12: Silver Crest Board of Managers presentation, 'FY2023 Loyalty Program Review' (40 slides)", "Exhibit 12")]
    [InlineData("Ex. 3 (Supplier agreement)", "Ex. 3 (Supplier agreement)")]
    [InlineData("The deposition of Jane Roe", "the deposition of Jane Roe")]
    [InlineData("Approximately 85 pages of documents filed with defendant's motion to vacate, describing defense counsel's work", "the document")]
    [InlineData("Settlement Agreement and Release between the parties (2017), lodged at Doc. 44-1 under seal with the motion", "the Settlement Agreement and Release between the parties")]
    [InlineData("Exhibit 12: supply agreement with a non-party distributor", "Exhibit 12")]
    [InlineData("Laredo Field Office Contingency Plan", "the Laredo Field Office Contingency Plan")]
    [InlineData("Plaintiffs' Opposition to Summary Judgment", "Plaintiffs' Opposition to Summary Judgment")]
    [InlineData("Dr. Martell's examination", "Dr. Martell's examination")]
    [InlineData("ECF 56", "ECF 56")]
    [InlineData("Trial Exhibit 80", "Trial Exhibit 80")]
    [InlineData("Internal pricing memorandum dated March 4, 2023, with its attachments and the cover email from the chief financial officer", "the internal pricing memorandum dated March 4, 2023")]
    [InlineData("Documents describing in great detail the negotiations between the parties over every billing rate and amount charged", "the document")]
    public void ALongTitle_IsShortenedToWhatNamesIt(string title, string shortened)
        => Assert.Equal(shortened, SealingRules.Model.Phrases.ShortTitle(title));
}

/// <summary>A document named mid-sentence, as the order's directions list it ("from the Ciudad Juarez waitlist").</summary>
public sealed class NamedTitleTests
{
    [Theory]
    [InlineData("Ciudad Juarez waitlist of asylum seekers (Ex. 4)", "the Ciudad Juarez waitlist of asylum seekers (Ex. 4)")]
    [InlineData("Settlement petition of minor M.M.", "the settlement petition of minor M.M.")]
    [InlineData("Stark declaration and exhibits", "the Stark declaration and exhibits")]
    [InlineData("Barnes deposition excerpts", "the Barnes deposition excerpts")]
    [InlineData("Supplemental declaration of Roberto Doe", "the supplemental declaration of Roberto Doe")]
    [InlineData("Expert report of Dr. Lee", "the expert report of Dr. Lee")]
    [InlineData("Exhibit 3", "Exhibit 3")]
    [InlineData("Title IX investigation report", "the Title IX investigation report")]
    [InlineData("Government's sentencing memorandum, section IV", "the government's sentencing memorandum, section IV")]
    [InlineData("Plaintiffs' exhibits to the opposition", "the plaintiffs' exhibits to the opposition")]
    [InlineData("Defendant's responses to interrogatories", "the defendant's responses to interrogatories")]
    [InlineData("Titles of the accused products", "the titles of the accused products")]
    [InlineData("Acme's board minutes", "Acme's board minutes")]
    public void ATitle_TakesTheArticleACourtWouldGiveIt(string title, string named)
        => Assert.Equal(named, SealingRules.Model.Phrases.Named(title));
}
