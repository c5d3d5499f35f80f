using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Beside a reading, how far words read that way have carried in court: every reading the corpus knows carries its
/// record, and a report says so where courts have gone both ways, never where they have mostly agreed.
/// </summary>
public sealed class TrackRecordTests
{
    private const string Request = """
        { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
          { "id": "records", "title": "Medical records", "request": "seal", "information": [ { "id": "med", "kind": "medical", "about": "party" } ],
            "harms": [ { "kind": "privacy", "statement": "The exhibits contain Plaintiff's private medical records." } ] },
          { "id": "designated", "title": "Deposition excerpts", "request": "seal", "information": [ { "id": "dep", "kind": "business-strategy", "about": "party" } ],
            "harms": [ { "kind": "competitive-harm", "statement": "The excerpts were designated confidential under the protective order." } ] } ] } ] }
        """;

    [Fact]
    public void AOneLineMedicalReason_CarriesItsSplitRecord_AndTheReportSaysCourtsHaveGoneBothWays()
    {
        var result = Shared.Service.Evaluate(Request);
        var medical = result.Motions[0].Items[0].Showings[0];

        Assert.Equal(Showing.Specific, medical.Showing);
        var track = Assert.IsType<SealingRules.Contract.TrackRecordResult>(medical.Track);
        Assert.Equal("particularity/health-information", track.Rule);
        Assert.True(track.GoneBothWays, $"{track.Agreed} of {track.Judged}");
        Assert.Contains(track.Sentence, SealingRules.Reports.MarkdownReport.Render(result), StringComparison.Ordinal);
        Assert.True(track.BothWays);
        // The litigant's check says it too, beside the words' review.
        Assert.Contains(track.Sentence, SealingRules.Reports.CheckReport.Render(Shared.Service.Check(Request)), StringComparison.Ordinal);
    }

    [Fact]
    public void ADesignationAlone_CarriesARecordCourtsMostlyAgreeWith_AndTheReportSaysNothingOfIt()
    {
        // The designated excerpts alone, so the report holds no other reading.
        var alone = Newtonsoft.Json.Linq.JObject.Parse(Request);
        ((Newtonsoft.Json.Linq.JArray)alone["motions"]![0]!["items"]!).RemoveAt(0);
        var result = Shared.Service.Evaluate(alone.ToString());
        var designated = result.Motions[0].Items[0].Showings[0];

        Assert.Equal(Showing.Conclusory, designated.Showing);
        var track = Assert.IsType<SealingRules.Contract.TrackRecordResult>(designated.Track);
        Assert.Equal("particularity/designation-alone", track.Rule);
        Assert.False(track.GoneBothWays);
        Assert.Null(track.BothWays);
        Assert.DoesNotContain("Courts have gone both ways on words like these", SealingRules.Reports.MarkdownReport.Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingCourtsHaveJudgedBothWays_MakesTheItemACloseCall_AGivenShowingDoesNot()
    {
        var read = Shared.Service.Evaluate(Request).Motions[0].Items[0];
        var typed = Shared.Service.Evaluate(Request.Replace("\"statement\": \"The exhibits contain Plaintiff's private medical records.\"", "\"showing\": \"specific\", \"evidence\": \"declaration\"", StringComparison.Ordinal)).Motions[0].Items[0];
        // The designated excerpts: words courts mostly agree on are no close call.
        var designated = Shared.Service.Evaluate(Request).Motions[0].Items[1];

        Assert.Equal(SealingRules.Contract.Certainty.Discretionary, read.Certainty);
        Assert.Contains(read.CloseCalls, c => c.StartsWith("The reason was read from the movant's words as specific; courts have judged words like these both ways", StringComparison.Ordinal));
        Assert.DoesNotContain(typed.CloseCalls, c => c.StartsWith("The reason was read", StringComparison.Ordinal));
        Assert.DoesNotContain(designated.CloseCalls, c => c.StartsWith("The reason was read", StringComparison.Ordinal));
        // Another party's designation supported only by the filer's words: no reading of them could tip the call.
        var others = Shared.Service.Evaluate(Request.Replace("\"title\": \"Medical records\",", "\"title\": \"Medical records\", \"designatedBy\": \"opposing-party\",", StringComparison.Ordinal)).Motions[0].Items[0];
        Assert.DoesNotContain(others.CloseCalls, c => c.StartsWith("The reason was read", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenShowingWithoutWords_HasNoRecord()
    {
        var typed = Request.Replace("\"statement\": \"The exhibits contain Plaintiff's private medical records.\"", "\"showing\": \"specific\", \"evidence\": \"declaration\"", StringComparison.Ordinal);

        var showing = Shared.Service.Evaluate(typed).Motions[0].Items[0].Showings[0];

        Assert.Null(showing.Track);
    }

    [Fact]
    public void AReadingNoneCouldTip_IsNoCloseCall_WhereAnotherReasonCarriesTheItem()
    {
        // Doe v. Blinken's facts: the words say only that a name was filed unredacted (read as conclusory, on which
        // courts have gone both ways), but the court allowed the pseudonym, and that alone keeps the name back.
        const string blinken = """
            { "schemaVersion": 1, "court": "E.D. Cal.", "asOf": "2022-11-17",
              "motions": [ { "id": "Docket No. 7", "movant": "plaintiff", "underlyingFiling": "complaint",
                "items": [ { "id": "exhibit-b", "request": "seal",
                  "information": [ { "id": "exhibit-b-name", "kind": "name", "about": "party", "pseudonym": "allowed" } ],
                  "harms": [ { "kind": "privacy", "statement": "Plaintiffs request to seal a document inadvertently filed with an unredacted name." } ] } ] } ] }
            """;

        var item = Shared.Service.Evaluate(blinken).Motions[0].Items[0];
        var noPseudonym = Shared.Service.Evaluate(blinken.Replace(", \"pseudonym\": \"allowed\"", "", StringComparison.Ordinal)).Motions[0].Items[0];

        Assert.Equal(SealingRules.Model.Outcome.Seal, item.Outcome);
        Assert.NotEqual(Showing.Specific, item.Showings[0].Showing);
        Assert.DoesNotContain(item.CloseCalls, c => c.StartsWith("The reason was read", StringComparison.Ordinal));
        // Near miss: no pseudonym, the same words are all the item has, and how a court reads them decides it.
        Assert.Equal(SealingRules.Model.Outcome.Public, noPseudonym.Outcome);
        Assert.Contains(noPseudonym.CloseCalls, c => c.StartsWith("The reason was read from the movant's words as conclusory", StringComparison.Ordinal));
    }
}
