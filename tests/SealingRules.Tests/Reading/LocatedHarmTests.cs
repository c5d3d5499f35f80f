using SealingRules.Model;
using SealingRules.Reading;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Where the movant's own words place the harm within a document ("slides 4-9") and the request seals the document
/// whole without saying the rest is confidential, the document is tailored to those parts (tailoring/words-locate-the-harm).
/// </summary>
public sealed class LocatedHarmTests
{
    [Theory]
    [InlineData("Slides 4-9 of the deck set out the roadmap, which competitors would use to time their launches.", "Slides 4-9")]
    [InlineData("The pricing appears at page 12, lines 3-8, and would let rivals undercut our bids.", "page 12")]
    [InlineData("Schedule B lists the royalty rates, which licensees would use against us in negotiations.", "Schedule B")]
    [InlineData("The margins are in rows 14 through 20 of the spreadsheet, and competitors would use them to price against us.", "rows 14 through 20")]
    public void TheWordsThatPlaceTheHarm_AreFound(string statement, string located)
        => Assert.Equal(located, StatementReader.HarmLocatedAt(statement));

    [Theory]
    // Citations to the record or a declaration say where a thing is argued, not where the harm is.
    [InlineData("Disclosure would let competitors undercut our prices, as explained in the Smith Decl. at page 4.")]
    [InlineData("The exhibit reveals our margins, see ECF No. 12, page 3, and competitors would use them.")]
    [InlineData("Competitors would use the margins against us (Smith Decl. ¶¶ 3-5; Section 1983 does not apply).")]
    // Negated, or a length rather than a place.
    [InlineData("The harm is not confined to pages 4-9; the whole report reveals the methodology.")]
    [InlineData("The report runs to 15 pages and reveals our methodology to competitors.")]
    public void CitationsNegationsAndLengths_PlaceNothing(string statement)
        => Assert.Null(StatementReader.HarmLocatedAt(statement));

    private const string Deck = """
        {"schemaVersion":1,"court":"N.D. Cal.","asOf":"2023-05-01","motions":[{"id":"ECF 50","movant":"defendant","underlyingFiling":"summary-judgment",
         "items":[{"id":"ex-7","title":"Exhibit 7 (board presentation)","request":"seal",REMAINDER
          "information":[{"id":"ex-7-strategy","kind":"business-strategy","about":"party"}],
          "harms":[{"kind":"competitive-harm","evidence":"declaration","statement":"Slides 4-9 of Exhibit 7 set out Acme's unreleased product roadmap and launch dates; competitors who saw them could time their own launches to undercut Acme's."}]}]}]}
        """;

    [Fact]
    public void ADeckAskedSealedWhole_WhoseWordsPlaceTheHarmOnSomeSlides_IsRedacted()
    {
        var item = Shared.Service.Evaluate(Deck.Replace("REMAINDER", "", StringComparison.Ordinal)).Motions[0].Items[0];

        Assert.Equal(Outcome.Redact, item.Outcome);
        Assert.Equal(["ex-7-strategy"], item.Redact);
        var step = Assert.Single(item.Reasoning, s => s.Rule == "tailoring/words-locate-the-harm");
        Assert.Contains("“Slides 4-9”", step.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameDeck_TheRestSaidConfidentialToo_IsSealedWhole()
    {
        var item = Shared.Service.Evaluate(Deck.Replace("REMAINDER", "\"remainder\":\"confidential\",", StringComparison.Ordinal)).Motions[0].Items[0];

        Assert.Equal(Outcome.Seal, item.Outcome);
        Assert.DoesNotContain(item.Reasoning, s => s.Rule == "tailoring/words-locate-the-harm");
    }
}
