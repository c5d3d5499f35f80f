using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>
/// The check's "reasons" requirement reads a reason given only in words with the showing the engine applied to it:
/// specific words sworn to in a declaration meet it; vague words, or words only argued, do not.
/// </summary>
public class StatedReasonCheckTests
{
    private const string Specific = "Disclosure of the per-unit prices in the table on pages 4-5 would let our competitors undercut our bids in the " +
        "next contract round with the same buyer, because they would know exactly the margin we accept on each part.";

    private static string Status(string statement, string evidence) => Line(statement, evidence).Status;

    private static (string Status, string Why) Line(string statement, string evidence)
    {
        var request = JObject.Parse("""
        { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2026-01-15",
          "motions": [ { "id": "ECF 5", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
            { "id": "ex-3", "request": "redact", "information": [ { "id": "ex-3-prices", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm" } ] } ] } ],
          "filing": { "supportingDeclaration": true } }
        """);
        var harm = (JObject)request["motions"]![0]!["items"]![0]!["harms"]![0]!;
        harm["statement"] = statement;
        harm["evidence"] = evidence;
        var check = JObject.Parse(Shared.Service.CheckToJson(request.ToString(), true));
        var line = check["procedure"]!.Single(p => (string)p["id"]! == "ndcal-79-5-c1-reasons");
        return ((string)line["status"]!, (string)line["why"]!);
    }

    // The protective-order line with a declaration named only in the reasons, or cited by paragraph for the document.
    private static (string Status, string Why) ProtectiveOrderLine(JObject? filing) => CheckLine(filing, "ndcal-79-5-c-po-not-enough");

    private static (string Status, string Why) CheckLine(JObject? filing, string id)
    {
        var request = JObject.Parse("""
        { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2026-01-15",
          "motions": [ { "id": "ECF 5", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
            { "id": "ex-3", "request": "redact", "information": [ { "id": "ex-3-prices", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "evidence": "declaration", "statement": "" } ] } ] } ] }
        """);
        request["motions"]![0]!["items"]![0]!["harms"]![0]!["statement"] = Specific;
        if (filing is not null) request["filing"] = filing;
        var check = JObject.Parse(Shared.Service.CheckToJson(request.ToString(), true));
        var line = check["procedure"]!.Single(p => (string)p["id"]! == id);
        return ((string)line["status"]!, (string)line["why"]!);
    }

    [Fact]
    public void A_declaration_named_only_in_the_reasons_is_said_to_be_one_the_filing_facts_do_not_show_filed()
    {
        var (status, why) = ProtectiveOrderLine(null);
        Assert.Equal("unknown", status);
        Assert.Contains("The reasons are said to come from a declaration, but the filing facts do not say it is filed", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_cited_by_paragraph_for_every_document_counts_as_filed_on_every_line_that_asks()
    {
        var cited = JObject.Parse("""{ "items": [ { "id": "ex-3", "declaration": "Chen Decl. ¶¶ 3-5" } ] }""");

        Assert.Equal("met", ProtectiveOrderLine(cited).Status);
        Assert.Equal("met", CheckLine(cited, "ndcal-79-5-c2-evidence").Status);
        Assert.Equal("unknown", CheckLine(null, "ndcal-79-5-c2-evidence").Status);
    }

    [Fact]
    public void Specific_words_in_a_declaration_meet_the_reasons_requirement() => Assert.Equal("met", Status(Specific, "declaration"));

    [Fact]
    public void Vague_words_in_a_declaration_do_not() => Assert.Equal("missing", Status("The agreement is confidential.", "declaration"));

    [Fact]
    public void Specific_words_only_argued_do_not() => Assert.Equal("missing", Status(Specific, "argument-only"));

    // The two cures differ, so the line says which is wanting: words that read specific need only be sworn to.
    [Fact]
    public void Specific_words_only_argued_are_told_to_be_sworn_not_to_be_rewritten()
    {
        var why = Line(Specific, "argument-only").Why;
        Assert.Contains("are specific, but the request does not say they are made in a declaration", why, StringComparison.Ordinal);
        Assert.DoesNotContain("not specific facts", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Vague_words_are_told_what_they_lack_not_to_be_sworn()
    {
        var why = Line("The agreement is confidential.", "argument-only").Why;
        Assert.Contains("does not rest on specific facts; see the declaration review", why, StringComparison.Ordinal);
        Assert.DoesNotContain("are specific, but", why, StringComparison.Ordinal);
    }

    // Perez v. City of Roseville: three documents on the same vague words are named as a list, with its "and".
    [Fact]
    public void Several_documents_with_vague_words_are_named_as_a_list()
    {
        var check = JObject.Parse(Shared.Service.CheckToJson(File.ReadAllText(Path.Combine(Repo.Examples, "perez-roseville-2015", "request.json")), true));
        var why = (string)check["procedure"]!.First(p => ((string)p["why"]!).Contains("does not rest on specific facts", StringComparison.Ordinal))["why"]!;
        Assert.Contains("summary judgment and Doe #3's field training evaluations", why, StringComparison.Ordinal);
        Assert.DoesNotContain("summary judgment, Doe #3's", why, StringComparison.Ordinal);
    }

    // The other side's designation, on which it has said nothing yet, is its showing to make: the filer is told what it
    // waits on, not handed a defect it cannot cure. The filer's own designation alone is the filer's to cure.
    [Theory]
    [InlineData("opposing-party", "unknown", "rests on another party's confidentiality designation")]
    [InlineData("movant", "missing", "rests on a confidentiality designation alone")]
    public void A_designation_alone_is_the_filers_defect_only_when_the_filer_made_it(string designatedBy, string status, string why)
    {
        var request = JObject.Parse("""
        { "schemaVersion": 1, "court": "D. Ariz.", "asOf": "2026-01-15",
          "motions": [ { "id": "Doc. 88", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
            { "id": "ex-5", "request": "seal", "protectiveOrderOnly": true,
              "information": [ { "id": "ex-5-terms", "kind": "settlement-terms", "about": "party" } ] } ] } ],
          "filing": { "supportingDeclaration": true } }
        """);
        request["motions"]![0]!["items"]![0]!["designatedBy"] = designatedBy;
        var check = JObject.Parse(Shared.Service.CheckToJson(request.ToString(), true));
        var line = check["procedure"]!.First(p => ((string)p["why"]!).Contains("designation", StringComparison.Ordinal) && (string)p["status"]! is "unknown" or "missing");
        Assert.Equal(status, (string)line["status"]!);
        Assert.Contains(why, (string)line["why"]!, StringComparison.Ordinal);
    }
}
