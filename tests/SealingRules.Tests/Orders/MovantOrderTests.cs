using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SealingRules.Cli;
using SealingRules.Model;
using SealingRules.Orders;
using SealingRules.Tests.Support;
using SealingRules.Word;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>
/// The movant's proposed order (issue 21): one motion narrowed to what the evaluation supports, in the district's
/// table, saying what the movant withdraws, with counsel's block, the parties' designations and, in N.D. and S.D.
/// Cal., pleading paper of 28 numbered lines.
/// </summary>
public sealed class MovantOrderTests
{
    // A supplier agreement whose price table alone is confidential, and an email the movant calls confidential.
    internal const string PriceTable = """
        { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
          "case": { "name": "Acme Parts, Inc. v. Brightline Supply Co.", "number": "3:23-cv-01234-ABC" },
          "motions": [ { "id": "ECF 57", "movant": "defendant", "underlyingFiling": "summary-judgment",
            "items": [ { "id": "ex-3", "title": "Supplier agreement", "request": "seal", "remainder": "not-confidential",
              "information": [ { "id": "ex-3-price-table", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "evidence": "declaration", "offeredBy": "movant",
                "statement": "Disclosure of the per-unit prices in the table on pages 4-5 would let our competitors undercut our bids in the next contract round with the same buyer, because they would know exactly the margin we accept on each part." } ] },
              { "id": "ex-4", "title": "Email chain about delivery dates", "request": "seal",
              "information": [ { "id": "ex-4-dates", "kind": "business-strategy", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "evidence": "declaration", "offeredBy": "movant", "statement": "This email is confidential business information." } ] } ] } ],
          "filing": { "items": [ { "id": "ex-3", "exhibit": "Ex. 3", "portions": "pp. 4-5", "declaration": "Lee Decl. ¶¶ 4-6" }, { "id": "ex-4", "exhibit": "Ex. 4" } ],
            "counsel": { "name": "Jane Lee", "bar": "123456", "firm": "Lee & Park LLP", "address": "1 Market St.; San Francisco, CA 94105",
              "phone": "(415) 555-0100", "email": "jlee@example.com", "attorneysFor": "Defendant Brightline Supply Co." } } }
        """;

    private static ProposedOrder Movant => Shared.Service.MovantOrder(PriceTable);

    [Fact]
    public void ThePriceTable_IsRedacted_NotTheAgreementSealed_AndTheEmailIsWithdrawn()
    {
        var order = Movant;

        Assert.Equal(OrderKind.Movant, order.Kind);
        Assert.Equal("[PROPOSED] ORDER GRANTING DEFENDANT'S ADMINISTRATIVE MOTION TO FILE UNDER SEAL (ECF 57), AS NARROWED", order.Caption.Title);
        var row = Assert.Single(order.Table);
        Assert.Equal("Ex. 3", row.Exhibit);
        Assert.Equal("Redact the pricing terms (pp. 4-5)", row.Portion);
        Assert.Equal("GRANTED", row.Ruling);
        Assert.EndsWith("Lee Decl. ¶¶ 4-6.", row.Reason, StringComparison.Ordinal);
        // What the grant does to a redacted document is said (no "remain under seal" of what is filed publicly redacted),
        // and the rest of the agreement is withdrawn by the Court's order, not by a recital of the movant's act.
        Assert.Equal("The motion is GRANTED as to the documents and portions listed in the table above: the portions listed shall be redacted from the public versions, and the unredacted versions shall remain under seal.", order.Conclusion[0].Text);
        Assert.Contains(order.Conclusion, p => p.Text.StartsWith("The request to seal the rest of Ex. 3 (Supplier agreement) is WITHDRAWN; the defendant shall file that document publicly", StringComparison.Ordinal));
        // The movant withdraws its own request; it is not ordered to publish what it asked to protect.
        Assert.Contains(order.Conclusion, p => p.Text.StartsWith("The request as to Ex. 4 (Email chain about delivery dates) is WITHDRAWN", StringComparison.Ordinal)
            && p.Text.Contains("without prejudice to a renewed motion", StringComparison.Ordinal)
            && p.Text.EndsWith("that document shall not be sealed, and the defendant may file it publicly in order to rely on it.", StringComparison.Ordinal));
        Assert.DoesNotContain(order.Conclusion, p => p.Text.Contains("shall be filed publicly", StringComparison.Ordinal));
    }

    // A cell gives two reasons in full; what else is withheld is named, so no redaction in the table goes without a reason.
    [Fact]
    public void EveryRedactionInARow_HasItsReason_AndTheCellStaysShort()
    {
        const string request = """
            { "schemaVersion": 1, "court": "D. Ariz.", "asOf": "2025-06-16",
              "motions": [ { "id": "Doc. 88", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
                { "id": "ex-9", "title": "Payroll register", "request": "redact", "information": [
                  { "id": "ssn", "kind": "ssn", "about": "private-individual", "label": "Social Security numbers" },
                  { "id": "addr", "kind": "home-address", "about": "private-individual", "label": "home addresses" },
                  { "id": "names", "kind": "name", "about": "private-individual", "label": "names of the coworkers" },
                  { "id": "pay", "kind": "financial-data", "about": "private-individual", "label": "the coworkers' salaries" } ],
                  "harms": [ { "kind": "privacy", "showing": "specific", "evidence": "declaration" } ] } ] } ] }
            """;

        var row = Assert.Single(Shared.Service.MovantOrder(request).Table);

        Assert.Contains("The same showing reaches", row.Reason, StringComparison.Ordinal);
        foreach (var label in new[] { "Social Security number", "home address", "names of the coworkers", "the coworkers' salaries" })
            Assert.Contains(label, row.Reason, StringComparison.Ordinal);
        Assert.True(row.Reason.Split(' ').Length <= 150, row.Reason);
    }

    // An identifier withheld in full above Rule 5.2(a)'s floor, beside the reason that withholds it, is said as a chart
    // says it; where the cell gives no such reason, the finding that states it stays whole.
    [Theory]
    [InlineData("medical", true)]
    [InlineData("other", false)]
    public void AnIdentifierRedactedInFull_IsSaidShort_OnlyBesideTheReasonThatWithholdsIt(string other, bool short_)
    {
        var request = $$"""
            { "schemaVersion": 1, "court": "C.D. Cal.", "asOf": "2025-06-16",
              "motions": [ { "id": "ECF 58", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
                { "id": "ex-15", "title": "Medical leave file", "request": "redact", "information": [
                  { "id": "first", "kind": "{{(short_ ? other : "financial-account")}}", "about": "party" },
                  { "id": "ssn", "kind": "ssn", "about": "party" } ],
                  "harms": [ { "kind": "privacy", "showing": "specific", "evidence": "declaration"{{(short_ ? "" : ", \"information\": [\"ssn\"]")}} } ] } ] } ] }
            """;

        var row = Assert.Single(Shared.Service.MovantOrder(request).Table);

        Assert.Equal(short_, row.Reason.Contains("The Social Security number: redacted in full (Fed. R. Civ. P. 5.2(a) requires at least a partial redaction).", StringComparison.Ordinal));
        Assert.Equal(!short_, row.Reason.Contains("would in any case require it redacted", StringComparison.Ordinal));
    }

    // The defendant's own price table in D. Nev., and the plaintiff's designated email on which nobody gives a reason.
    private static Newtonsoft.Json.Linq.JObject OwnPriceTableAndTheirUnsupportedEmail(string ownRequest)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["court"] = "D. Nev.";
        json["motions"]![0]!["items"]![0]!["request"] = ownRequest;
        var email = json["motions"]![0]!["items"]![1]!;
        email["designatedBy"] = "opposing-party";
        email["harms"]!.Parent!.Remove();
        return json;
    }

    // Only what the movant gives up narrows its motion: the other side's designation, awaiting that side's showing, does not.
    [Fact]
    public void AnotherPartysDesignationAwaitingItsShowing_DoesNotNarrowTheMovantsMotion()
    {
        var json = OwnPriceTableAndTheirUnsupportedEmail("redact");

        var order = Shared.Service.MovantOrder(json.ToString());

        Assert.DoesNotContain("AS NARROWED", order.Caption.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(order.Background, p => p.Text.Contains("narrowed it", StringComparison.Ordinal));
        json["motions"]![0]!["items"]![1]!["designatedBy"] = "movant";
        Assert.EndsWith("AS NARROWED", Shared.Service.MovantOrder(json.ToString()).Caption.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherPartysDesignation_IsNotWithdrawn_ButStaysSealedWhileThatPartyMayShowItsReasons()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["court"] = "D. Nev.";
        var email = json["motions"]![0]!["items"]![1]!;
        email["designatedBy"] = "opposing-party";
        email["harms"] = new Newtonsoft.Json.Linq.JArray(new Newtonsoft.Json.Linq.JObject { ["kind"] = "competitive-harm", ["showing"] = "conclusory" });

        var order = Shared.Service.MovantOrder(json.ToString());

        // The designating party's document is not withdrawn (only the rest of the movant's own agreement is).
        Assert.DoesNotContain(order.Conclusion, p => p.Text.Contains("Ex. 4", StringComparison.Ordinal) && p.Text.Contains("WITHDRAWN", StringComparison.Ordinal));
        Assert.Contains(order.Conclusion, p => p.Text == "Ex. 4 (Email chain about delivery dates), which the plaintiff designated as confidential, shall remain under seal for ____ days, "
            + "within which the plaintiff may file a declaration establishing that it is sealable; if the plaintiff files none, the defendant shall file that document publicly.");
        // The check says the same of it: a designation alone, which the designating party must support.
        var check = Shared.Service.Check(json.ToString());
        var row = Assert.Single(check.Procedure.Requirements, p => p.Id == "nvd-ia-10-5-designation-not-enough");
        Assert.Equal(SealingRules.Procedure.Status.Missing, row.Status);
        Assert.Contains("Ex. 4", row.Why, StringComparison.Ordinal);
        // With no reason given for it by anyone, it is that party's showing to make, not a weak showing of the filer's.
        email["harms"]!.Parent!.Remove();
        var showing = Assert.Single(Shared.Service.Check(json.ToString()).Procedure.Requirements, p => p.Id == "nvd-kamakana-showing");
        Assert.DoesNotContain("Ex. 4", showing.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redact", "The plaintiff, which designated the material confidential, may file, within ____ days of the date of this Order, a declaration that addresses the compelling reasons supporting sealing; until then the documents it designated remain under seal, and if it files none they shall be filed publicly.")]
    [InlineData("seal", "The defendant may file an amended motion that more fully addresses the compelling reasons supporting sealing.")]
    public void ThePredictedOrder_GivesLeaveToWhoeverOwesTheShowing(string ownRequest, string leave)
    {
        var json = OwnPriceTableAndTheirUnsupportedEmail(ownRequest);

        var conclusion = Shared.Service.Order(json.ToString()).Conclusion;
        Assert.Contains(conclusion, p => p.Text == leave);
        // The documents that wait on the designating party's declaration are not sent to the public docket meanwhile.
        if (ownRequest == "redact")
            Assert.Contains(conclusion, p => p.Text.Contains("except the documents that await the designating party's declaration", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePredictedOrder_InvitesNoDeclaration_FromADesignatingPartyWhoseTimeHasRun()
    {
        // As ThePredictedOrder_GivesLeaveToWhoeverOwesTheShowing's first case, but the filing facts say the designating
        // party filed no declaration when due (as in Lofton v. Verizon and Wilson v. PTT, where the courts did not ask again).
        var json = OwnPriceTableAndTheirUnsupportedEmail("redact");
        json["filing"] = new Newtonsoft.Json.Linq.JObject { ["designatingDeclarationFiled"] = false };

        var conclusion = Shared.Service.Order(json.ToString()).Conclusion;
        Assert.Contains(conclusion, p => p.Text == "The plaintiff designated the material confidential but filed no declaration supporting sealing within the time the rule allows; nothing it designated is held under seal for one.");
        Assert.DoesNotContain(conclusion, p => p.Text.Contains("may file, within ____ days", StringComparison.Ordinal));
        Assert.DoesNotContain(conclusion, p => p.Text.Contains("await the designating party's declaration", StringComparison.Ordinal));
    }

    [Fact]
    public void InTheEasternDistrict_ADocumentWithdrawn_IsTheFilersToFileOrNot_NotOrderedOntoTheDocket()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["court"] = "E.D. Cal.";

        var order = Shared.Service.MovantOrder(json.ToString());

        Assert.Contains(order.Conclusion, p => p.Text.StartsWith("The request as to Ex. 4 (Email chain about delivery dates) is WITHDRAWN, without prejudice to a renewed request", StringComparison.Ordinal)
            && p.Text.EndsWith("that document shall not be filed under seal, and the defendant may file it publicly in order to rely on it.", StringComparison.Ordinal));
        Assert.Contains(order.Conclusion, p => p.Text.Contains("shall file on the public docket the redacted versions this Order directs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A", "Exhibit A, Search Platform Design Document", "Exhibit A, Search Platform Design Document")]
    [InlineData("3", "Supplier agreement", "Exhibit 3 (Supplier agreement)")]
    [InlineData("ECF 56", "Defendant's Motion for Summary Judgment", "ECF 56 (Defendant's Motion for Summary Judgment)")]
    [InlineData("A", "Exhibit AB, a letter", "Exhibit A (Exhibit AB, a letter)")]
    [InlineData("Ex. 7", "Exhibit 7: Mental-health treatment records", "Exhibit 7: Mental-health treatment records")]
    [InlineData("Ex. 7", "Exhibit 17: a letter", "Ex. 7 (Exhibit 17: a letter)")]
    public void ADocumentIsNamedOnce_ByItsExhibitNumberAndTitle(string exhibit, string title, string expected)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["motions"]![0]!["items"]![0]!["title"] = title;
        json["filing"]!["items"]![0]!["exhibit"] = exhibit;
        var request = new SealingRules.Contract.RequestReader().Read(json.ToString());

        Assert.Equal(expected, OrderBuilder.DocumentName(request, Shared.Service.Engine.Evaluate(request), "ex-3"));
    }

    [Theory]
    [InlineData("pp. 4-5", "Redact the pricing terms (pp. 4-5)")]
    [InlineData("p. 2 (signature block)", "Redact the pricing terms, at p. 2 (signature block)")]
    public void ThePortionColumn_GivesThePagesOnce(string portions, string expected)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["filing"]!["items"]![0]!["portions"] = portions;

        Assert.Equal(expected, Shared.Service.MovantOrder(json.ToString()).Table[0].Portion);
    }

    [Fact]
    public void ThePortionColumn_DoesNotRepeatPagesTheLabelGives_NorGivePagesForADocumentSealedWhole()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["motions"]![0]!["items"]![0]!["information"]![0]!["label"] = "the price table (pages 4-5)";
        Assert.Equal("Redact the price table (pages 4-5)", Shared.Service.MovantOrder(json.ToString()).Table[0].Portion);

        json["motions"]![0]!["items"]![0]!["remainder"] = "confidential";
        Assert.Equal("Entire document", Shared.Service.MovantOrder(json.ToString()).Table[0].Portion);
    }

    [Fact]
    public void TheOrder_KeepsTheUnredactedVersionsSealed_Once()
    {
        var order = Shared.Service.MovantOrder(PriceTable);
        var said = string.Join(" ", order.Conclusion.Select(p => p.Text));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(said, "unredacted versions shall remain under seal"));
        Assert.Contains("shall file on the public docket the redacted versions", said, StringComparison.Ordinal);
        Assert.DoesNotContain("directs; the unredacted versions", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Schedule B (pp. 14-15)", "Redact the price table in Schedule B (pp. 14-15)")]
    [InlineData("Appendix C (pp. 14-15)", "Redact the price table in Schedule B, at Appendix C (pp. 14-15)")]
    [InlineData("B (pp. 14-15)", "Redact the price table in Schedule B, at B (pp. 14-15)")]
    [InlineData("entire agreement (9 pages)", "Redact the price table in Schedule B, throughout the entire agreement (9 pages)")]
    public void ThePortionColumn_DoesNotRepeatAPlaceTheLabelNames(string portions, string expected)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["motions"]![0]!["items"]![0]!["information"]![0]!["label"] = "the price table in Schedule B";
        json["filing"]!["items"]![0]!["portions"] = portions;

        Assert.Equal(expected, Shared.Service.MovantOrder(json.ToString()).Table[0].Portion);
    }

    [Theory]
    [InlineData("Hon. Jane Doe", "Hon. Jane Doe", "United States District Judge")]
    [InlineData("Gloria M. Navarro", "Hon. Gloria M. Navarro", "United States District Judge")]
    [InlineData("Magistrate Judge Peggy A. Leen", "Hon. Peggy A. Leen", "United States Magistrate Judge")]
    [InlineData("U.S. Magistrate Judge Carolyn K. Delaney", "Hon. Carolyn K. Delaney", "United States Magistrate Judge")]
    [InlineData("Hon. Carolyn K. Delaney, United States Magistrate Judge", "Hon. Carolyn K. Delaney", "United States Magistrate Judge")]
    [InlineData("The Honorable Chief Judge Kimberly J. Mueller", "Hon. Kimberly J. Mueller", "Chief United States District Judge")]
    [InlineData("Judge Honda Judge", "Hon. Honda Judge", "United States District Judge")]
    public void TheJudgeTheRequestNames_SignsBothOrders(string given, string name, string title)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["case"]!["judge"] = given;

        foreach (var order in new[] { Shared.Service.MovantOrder(json.ToString()), Shared.Service.Order(json.ToString()) })
        {
            Assert.Equal([name, title], order.SignatureLines);
            Assert.Contains($"{name}  \n{title}", MarkdownOrder.Render(order), StringComparison.Ordinal);
        }
        Assert.Equal(["United States District Judge"], Movant.SignatureLines);
    }

    [Fact]
    public void TheMovantsOwnOrder_AdoptsAReasonTheCourtWouldFind_WithoutSayingTheMovantGaveNone()
    {
        // The seed's ECF 314: the officials' phone numbers are kept private on the court's own finding; the movant
        // offered no reason for them. Its proposed order adopts the finding.
        var order = Shared.Service.MovantOrder(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), "ECF 314");
        var row = Assert.Single(order.Table, r => r.Portion == "Redact the phone number");

        Assert.StartsWith("The officials keep some privacy in their phone numbers", row.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("offers no reason of its own", row.Reason, StringComparison.Ordinal);
        Assert.Equal("Ex. 1", row.Exhibit);
        // The predicted order says it, as the court would.
        var predicted = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));
        Assert.Contains(predicted.Motions.SelectMany(m => m.Items).SelectMany(i => i.Reasoning), s => s.Finding.Contains("offers no reason of its own", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("123456", "Jane Lee (SBN 123456)")]
    [InlineData("WSBA No. 55555", "Jane Lee (WSBA No. 55555)")]
    public void TheBarNumber_IsLabelledAsItsStateLabelsIt(string bar, string expected)
        => Assert.Equal(expected, MarkdownOrder.CounselLines(new SealingRules.Contract.Counsel("Jane Lee", bar, null, null, null, null, null))[0]);

    [Theory]
    [InlineData("Exhibit 3 (Supply Agreement)", "Exhibit 3")]
    [InlineData("Ex. 12-A, the pricing schedule", "Ex. 12-A")]
    [InlineData("Exhibit B to the Lee Declaration", "Exhibit B")]
    [InlineData("Supplier agreement", "—")]
    [InlineData("Exhibits to the opposition", "—")]
    [InlineData("Email 'Queue Management 10.02.18' (Ex. 1 to Class Cert Reply)", "Ex. 1")]
    [InlineData("CBP email (PI Ex. 41; class cert Ex. 3)", "Ex. 41")]
    [InlineData("Complaint for Excessive Force", "—")]
    public void WithoutAFilingFactsNumber_TheExhibitColumn_TakesTheFirstNumberTheTitleGives(string title, string exhibit)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["motions"]![0]!["items"]![0]!["title"] = title;
        json["filing"]!["items"]![0]!["exhibit"]!.Parent!.Remove();

        Assert.Equal(exhibit, Shared.Service.MovantOrder(json.ToString()).Table[0].Exhibit);
    }

    [Theory]
    [InlineData("Exhibit 9 (Internal Audit Report, 2025)", "Exhibit 9", "Internal Audit Report, 2025")]
    [InlineData("Exhibit 9 (Internal Audit Report, 2025)", "Ex. 9", "Internal Audit Report, 2025")]
    [InlineData("Ex. 12-A, the pricing schedule", "12-A", "The pricing schedule")]
    [InlineData("Exhibit B: Lee Declaration", "Exhibit B", "Lee Declaration")]
    [InlineData("Exhibit B to the Lee Declaration", "Exhibit B", "Exhibit B to the Lee Declaration")]
    [InlineData("Exhibit 9 (Internal Audit Report, 2025)", "Ex. 19", "Exhibit 9 (Internal Audit Report, 2025)")]
    [InlineData("Exhibit 9", "Exhibit 9", "Exhibit 9")]
    [InlineData("Supply Agreement (Ex. 1 to Class Cert Reply)", "Ex. 1", "Supply Agreement (Ex. 1 to Class Cert Reply)")]
    [InlineData("Exhibit 9 (draft) and Exhibit 10 (final)", "Exhibit 9", "Exhibit 9 (draft) and Exhibit 10 (final)")]
    public void TheDocumentColumn_DoesNotRepeatTheNumberTheExhibitColumnGives(string title, string exhibit, string document)
        => Assert.Equal(document, MovantOrderBuilder.Described(title, exhibit));

    [Fact]
    public void ThePartIsNamed_AsTheFilerNamesIt_WhereALabelIsGiven()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["motions"]![0]!["items"]![0]!["information"]![0]!["label"] = "Price table";

        var order = Shared.Service.MovantOrder(json.ToString());

        Assert.Equal("Redact the price table (pp. 4-5)", order.Table[0].Portion);
        Assert.Contains(order.Conclusion, p => p.Text.Contains("redacting only the price table", StringComparison.Ordinal));
        // The reasoning still speaks of the information by its kind, as a court does.
        Assert.Contains("pric", order.Table[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelOverTheLimit_IsRefused_NamingTheField()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        json["motions"]![0]!["items"]![0]!["information"]![0]!["label"] = new string('x', 201);

        var error = Assert.Throws<SealingRules.Contract.ContractException>(() => Shared.Service.MovantOrder(json.ToString())).Error;

        Assert.Equal("motions[0].items[0].information[0].label", error.Path);
    }

    // A portion reads after a verb with an article added where it needs one; a document's title keeps its own words
    // inside a sentence, only an opening article lower-cased.
    [Theory]
    [InlineData("portion", "price table", "the price table")]
    [InlineData("portion", "The customer list", "the customer list")]
    [InlineData("portion", "Schedule B", "Schedule B")]
    [InlineData("portion", "Exhibit 3 pricing", "Exhibit 3 pricing")]
    [InlineData("portion", "Acme's margins.", "Acme's margins")]
    [InlineData("title", "The government's trial memorandum", "the government's trial memorandum")]
    [InlineData("title", "An email of March 3", "an email of March 3")]
    [InlineData("title", "Exhibit 3, supply agreement", "Exhibit 3, supply agreement")]
    [InlineData("title", "Theodore's declaration", "Theodore's declaration")]
    [InlineData("title", "Two exhibits to plaintiffs' opposition", "two exhibits to plaintiffs' opposition")]
    [InlineData("title", "Twofold Inc.'s contract", "Twofold Inc.'s contract")]
    [InlineData("portion", "Several invoices", "several invoices")]
    [InlineData("portion", "section 1 of the License Agreement (confidential payment terms)", "section 1 of the License Agreement (confidential payment terms)")]
    [InlineData("portion", "pages 2-5 of the joint letter", "pages 2-5 of the joint letter")]
    [InlineData("portion", "section on pricing", "the section on pricing")]
    [InlineData("title", "The", "The")]
    public void AFilersWords_ReadInsideASentence(string what, string words, string expected)
        => Assert.Equal(expected, what == "title" ? Phrases.MidSentence(words) : Phrases.Portion(words));

    [Fact]
    public void AMotionGrantedWhole_IsNotNarrowed_AndWithdrawsNothing()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        ((Newtonsoft.Json.Linq.JArray)json["motions"]![0]!["items"]!).RemoveAt(1);
        ((Newtonsoft.Json.Linq.JObject)json["motions"]![0]!["items"]![0]!).Remove("remainder");
        ((Newtonsoft.Json.Linq.JArray)json["filing"]!["items"]!).RemoveAt(1);
        // Words that place the harm "on pages 4-5" would tailor the agreement to them (tailoring/words-locate-the-harm).
        var harm = (Newtonsoft.Json.Linq.JObject)json["motions"]![0]!["items"]![0]!["harms"]![0]!;
        harm["statement"] = harm["statement"]!.ToString().Replace(" on pages 4-5", "", StringComparison.Ordinal);

        var order = Shared.Service.MovantOrder(json.ToString());

        Assert.Equal("[PROPOSED] ORDER GRANTING DEFENDANT'S ADMINISTRATIVE MOTION TO FILE UNDER SEAL (ECF 57)", order.Caption.Title);
        Assert.DoesNotContain(order.Conclusion, p => p.Text.Contains("withdraws", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMarkdown_OpensWithCounsel_AndTheCaptionDesignatesTheParties()
    {
        var md = MarkdownOrder.Render(Movant);

        Assert.StartsWith("Jane Lee (SBN 123456)  \nLee & Park LLP  \n1 Market St.  \nSan Francisco, CA 94105  \n", md.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Attorneys for Defendant Brightline Supply Co.", md, StringComparison.Ordinal);
        Assert.Contains("Acme Parts, Inc., Plaintiff,", md, StringComparison.Ordinal);
        Assert.Contains("Brightline Supply Co., Defendant.", md, StringComparison.Ordinal);
        Assert.Contains("| Exhibit | Document | Portion to be sealed | Ruling | Reason |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("DISCUSSION", md, StringComparison.Ordinal);
    }

    [Fact]
    public void EachReason_IsTheEvaluationsOwnFinding()
    {
        var result = Shared.Service.Evaluate(PriceTable);
        // As the order names the party whose motion it grants (the defendant's, here).
        var findings = result.Motions.SelectMany(m => m.Items).SelectMany(i => SealingRules.Reports.MergedFindings.Merge(i.Reasoning, result.Labels))
            .Select(s => SealingRules.Orders.OrderBuilder.MovantNamed(s.Finding, "the defendant")).ToList();

        Assert.All(Movant.Table, row => Assert.Contains(findings, f => row.Reason.StartsWith(f.Split(". ")[0], StringComparison.Ordinal)));
    }

    [Fact]
    public void TheSeedsWaitlistMotion_GrantsOnlyWhatTheCourtGranted()
    {
        var seed = File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));
        var order = Shared.Service.MovantOrder(seed, "ECF 314");
        var result = Shared.Service.Evaluate(seed).Motions.Single(m => m.Id == "ECF 314");

        Assert.Equal(result.Items.Count(i => i.Relief != Model.Relief.None), order.Table.Count);
        Assert.All(order.Table, row => Assert.Equal("GRANTED", row.Ruling));
        Assert.Contains(order.Conclusion, p => p.Text.StartsWith("The request as to Supplemental Declaration of Roberto Doe", StringComparison.Ordinal) && p.Text.Contains("is WITHDRAWN", StringComparison.Ordinal));
        Assert.DoesNotContain(order.Table, row => row.Portion == "Entire document");
    }

    [Fact]
    public void InTheNorthernDistrict_TheWordOrderIsOnPleadingPaperOf28NumberedLines()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(Movant)), false);

        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var header = Assert.Single(doc.MainDocumentPart!.HeaderParts).Header!;
        var numbers = header.Descendants<Text>().Select(t => t.Text).ToList();
        Assert.Equal(Enumerable.Range(1, WordOrder.GridLines).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers);
        // In a text box anchored to the page, so the page's own text flows beside it.
        Assert.Single(header.Descendants<DocumentFormat.OpenXml.Vml.Rectangle>());
        Assert.Equal(WordOrder.GridLines, header.Descendants<TextBoxContent>().Single().Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Count());
        var section = doc.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single();
        var margin = section.GetFirstChild<PageMargin>()!;
        // The 28 lines of 24 points fill the page between the margins exactly.
        Assert.Equal(15840, margin.Top!.Value + WordOrder.GridLines * 480 + margin.Bottom!.Value);
        Assert.NotNull(section.GetFirstChild<PageBorders>());
        Assert.Null(section.GetFirstChild<LineNumberType>());
        Assert.All(doc.MainDocumentPart.Document.Body.Descendants<SpacingBetweenLines>(), s => Assert.Equal(LineSpacingRuleValues.Exact, s.LineRule!.Value));
        Assert.Contains("Jane Lee (SBN 123456)", doc.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void ElsewhereTheWordOrder_HasNoGrid_AndNumbersItsLines()
    {
        var order = Shared.Service.MovantOrder(PriceTable.Replace("\"N.D. Cal.\"", "\"D. Ariz.\"", StringComparison.Ordinal));
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(order)), false);

        Assert.False(order.PleadingPaper);
        Assert.Empty(doc.MainDocumentPart!.HeaderParts);
        Assert.NotNull(doc.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<LineNumberType>());
    }

    private static async Task<(int Code, string Out, string Err)> Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(PriceTable), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task TheCli_GivesTheMovantsOrder_AndAsksWhichMotionWhenThereAreSeveral()
    {
        var (code, stdout, _) = await Cli("order", "-", "--movant");
        var seed = Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json");
        var (several, _, err) = await Cli("order", seed, "--movant");
        var (lone, _, err2) = await Cli("order", seed, "--motion", "ECF 314");

        Assert.Equal(0, code);
        Assert.Contains("AS NARROWED", stdout, StringComparison.Ordinal);
        // Which motion is a reference the request must answer: the contract's error body, exit 2, as the server says it.
        Assert.Equal(2, several);
        Assert.Contains("\"code\":\"unknown-reference\"", err, StringComparison.Ordinal);
        Assert.Contains("name the one the order is for: ECF 290, ECF 305, ECF 311, ECF 314", err, StringComparison.Ordinal);
        var (missing, _, err3) = await Cli("order", seed, "--movant", "--motion", "ECF 1");
        Assert.Equal(2, missing);
        Assert.Contains("the request has no motion 'ECF 1'", err3, StringComparison.Ordinal);
        Assert.Equal(1, lone);
        Assert.Contains("--motion goes with --movant", err2, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", err + err2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("N.D. Cal.", "ADMINISTRATIVE MOTION TO FILE UNDER SEAL", "The motion is GRANTED")]
    [InlineData("C.D. Cal.", "APPLICATION FOR LEAVE TO FILE UNDER SEAL", "The application is GRANTED")]
    [InlineData("E.D. Cal.", "REQUEST TO SEAL DOCUMENTS", "The request is GRANTED")]
    [InlineData("D. Ariz.", "MOTION TO FILE UNDER SEAL", "The motion is GRANTED")]
    public void TheFiling_IsNamedAsTheDistrictsRulePrescribesIt(string court, string form, string granted)
    {
        var order = Shared.Service.MovantOrder(PriceTable.Replace("\"N.D. Cal.\"", $"\"{court}\"", StringComparison.Ordinal));

        Assert.Equal($"[PROPOSED] ORDER GRANTING DEFENDANT'S {form} (ECF 57), AS NARROWED", order.Caption.Title);
        Assert.StartsWith(granted, order.Conclusion[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InTheNorthernDistrict_AnotherPartysMaterial_GoesByTheRule79_5fMotion()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        foreach (var item in (Newtonsoft.Json.Linq.JArray)json["motions"]![0]!["items"]!)
        {
            item["designatedBy"] = "opposing-party";
            foreach (var harm in (Newtonsoft.Json.Linq.JArray)item["harms"]!) harm["offeredBy"] = "designating-party";
        }
        json["filing"]!["designatingDeclarationFiled"] = true;

        var order = Shared.Service.MovantOrder(json.ToString());

        Assert.Contains("ADMINISTRATIVE MOTION TO CONSIDER WHETHER ANOTHER PARTY'S MATERIAL SHOULD BE SEALED", order.Caption.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePredictedOrder_GivesLeaveToAmendOnce_AndFilesPubliclyOnlyWhatItDoesNotWithhold()
    {
        var order = Shared.Service.Order(PriceTable.Replace("\"ECF 57\"", "\"Administrative Motion to File Under Seal\"", StringComparison.Ordinal));

        Assert.Equal("[PREDICTED] ORDER ON MOTION TO FILE UNDER SEAL", order.Caption.Title);
        Assert.StartsWith("Before the Court is the defendant's Administrative Motion to File Under Seal, which concerns two documents submitted with", order.Background[0].Text, StringComparison.Ordinal);
        Assert.Contains(order.Conclusion, p => p.Text == "The defendant's Administrative Motion to File Under Seal is DENIED WITHOUT PREJUDICE, except that the redactions set out below are permitted.");
        Assert.Single(order.Conclusion, p => p.Text == "The defendant may file an amended motion that more fully addresses the compelling reasons supporting sealing.");
        // A single joint motion is renewed as one, by the parties together.
        var joint = Shared.Service.Order(PriceTable.Replace("\"movant\": \"defendant\"", "\"movant\": \"joint\"", StringComparison.Ordinal));
        Assert.Single(joint.Conclusion, p => p.Text == "The parties may file an amended motion that more fully addresses the compelling reasons supporting sealing.");
        Assert.Contains(order.Conclusion, p => p.Text == "The documents, or their redacted versions, shall be filed on the public docket within ____ days of the date of this Order; the unredacted versions shall remain under seal.");
    }

    [Fact]
    public void AMotionOfWhichNothingWouldBeGranted_GetsNoProposedOrder_ButSaysWhy()
    {
        // The designating party has not come forward: nothing of another's material is supported, so an order could
        // only withdraw the motion and send the documents to the public docket.
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        foreach (var item in (Newtonsoft.Json.Linq.JArray)json["motions"]![0]!["items"]!) item["designatedBy"] = "opposing-party";

        var e = Assert.Throws<NothingToProposeException>(() => Shared.Service.MovantOrder(json.ToString()));

        Assert.Equal("ECF 57", e.MotionId);
        // The cure is not the movant's: the showing is the designating party's.
        Assert.Contains("designated confidential by another party, which has not shown why it should be sealed", e.Message, StringComparison.Ordinal);
        Assert.Contains("The showing is the designating party's to make, not the movant's", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("what the declaration would need to show", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMotionOnTheMovantsOwnMaterial_OfWhichNothingWouldBeGranted_PointsToTheDeclaration()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable.Replace(
            "Disclosure of the per-unit prices in the table on pages 4-5 would let our competitors undercut our bids in the next contract round with the same buyer, because they would know exactly the margin we accept on each part.",
            "This agreement is confidential business information.", StringComparison.Ordinal));

        var e = Assert.Throws<NothingToProposeException>(() => Shared.Service.MovantOrder(json.ToString()));

        Assert.Contains("would likely keep none of it from the public", e.Message, StringComparison.Ordinal);
        Assert.Contains("what the declaration would need to show", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCli_SaysSo_WhenThereIsNothingToPropose_WithExitCode3()
    {
        var request = PriceTable.Replace("\"request\": \"seal\"", "\"designatedBy\": \"opposing-party\", \"request\": \"seal\"", StringComparison.Ordinal);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["order", "-", "--movant"], new StringReader(request), output, error);

        Assert.Equal(3, code);
        Assert.Equal("", output.ToString());
        Assert.StartsWith("sealingrules: no proposed order for 'ECF 57'", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--help", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMotionWhoseIdIsItsTitle_IsNotNamedTwice_AndTheOpeningSentenceReads()
    {
        var order = Shared.Service.MovantOrder(PriceTable.Replace("\"ECF 57\"", "\"Administrative Motion to File Under Seal\"", StringComparison.Ordinal));

        Assert.Equal("[PROPOSED] ORDER GRANTING DEFENDANT'S ADMINISTRATIVE MOTION TO FILE UNDER SEAL, AS NARROWED", order.Caption.Title);
        Assert.Equal("The Court has considered the defendant's administrative motion to file under seal and the declaration supporting it, as the defendant has narrowed it. The motion concerns two documents submitted with a motion for summary judgment.",
            order.Background[0].Text);
    }

    [Fact]
    public void WhenWholeDocumentsAreSealed_NothingIsOrderedOntoThePublicDocket()
    {
        // Only Exhibit 3, asked to be sealed whole on a showing that reaches the whole of it.
        var json = Newtonsoft.Json.Linq.JObject.Parse(PriceTable);
        var items = (Newtonsoft.Json.Linq.JArray)json["motions"]![0]!["items"]!;
        items[1].Remove();
        ((Newtonsoft.Json.Linq.JArray)json["filing"]!["items"]!)[1].Remove();
        items[0]["remainder"] = "confidential";

        var order = Shared.Service.MovantOrder(json.ToString());

        Assert.DoesNotContain(order.Conclusion, p => p.Text.Contains("public docket", StringComparison.Ordinal));
    }

    [Fact]
    public void InTheEasternDistrict_TheSealedDocumentsAreFiledAsLocalRule141Provides_WithBlanksForHowLongAndForWhom()
    {
        var order = Shared.Service.MovantOrder(PriceTable.Replace("\"N.D. Cal.\"", "\"E.D. Cal.\"", StringComparison.Ordinal));

        Assert.StartsWith("The request is GRANTED", order.Conclusion[0].Text, StringComparison.Ordinal);
        Assert.Contains("filed under seal as Local Rule 141(e)(2) provides", order.Conclusion[0].Text, StringComparison.Ordinal);
        Assert.Contains("remain sealed until ____", order.Conclusion[0].Text, StringComparison.Ordinal);
    }
}
