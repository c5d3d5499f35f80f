using SealingRules.Model;
using SealingRules.Orders;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>
/// The order says what was decided in the words of the motion decided: a motion to unseal is granted or denied as its
/// movant asked, a motion denied as a whole says the redactions it still permits, and no order speaks of "the engine".
/// </summary>
public sealed class PostureInTheOrderTests
{
    private static string Request(string slug) => File.ReadAllText(Path.Combine(Repo.Examples, slug, "request.json"));

    private static string Markdown(string slug) => MarkdownOrder.Render(Shared.Service.Order(Request(slug)));

    [Fact]
    public void AMotionToUnseal_IsTitledAndDecidedAsOne()
    {
        // Velasco v. Chrysler (C.D. Cal. 2017): the Center for Auto Safety's motion to unseal, granted in part.
        var order = Markdown("velasco-chrysler-2017");

        Assert.Contains("ORDER ON MOTION TO UNSEAL (Dkt. 82)", order, StringComparison.Ordinal);
        Assert.Contains("The intervenor's motion to unseal (Dkt. 82) is GRANTED IN PART and DENIED IN PART.", order, StringComparison.Ordinal);
        Assert.Contains("Before the Court is the intervenor's motion (Dkt. 82) to unseal two documents", order, StringComparison.Ordinal);
        Assert.DoesNotContain("motion to file under seal", order, StringComparison.Ordinal);
        Assert.DoesNotContain("amended motion", order, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEasternDistrictRequest_IsCalledWhatLocalRule141CallsIt()
    {
        // Bell v. Home Depot (E.D. Cal. 2015): a Request to Seal Documents is submitted, not a motion filed.
        var order = Markdown("bell-home-depot-2015-denied");

        Assert.Contains("ORDER ON REQUEST TO SEAL DOCUMENTS (ECF 64)", order, StringComparison.Ordinal);
        Assert.Contains("Before the Court is the plaintiff's request (ECF 64) to seal three documents", order, StringComparison.Ordinal);
        Assert.Contains("The plaintiff's request to seal documents (ECF 64) is DENIED WITHOUT PREJUDICE", order, StringComparison.Ordinal);
    }

    [Fact]
    public void AMotionToUnseal_RulesOnUnsealingInItsRows_AndNamesThePartyOpposingIt()
    {
        // Hepting v. AT&T (N.D. Cal. 2007): the press's motion to unseal, denied; the exhibits remain sealed.
        var order = Shared.Service.Order(Request("hepting-att-2007"));

        Assert.All(order.Table, r => Assert.Equal("DENIED: remains sealed", r.RulingCell));
        Assert.Contains(order.Conclusion, p => p.Text.StartsWith("The press's motion to unseal", StringComparison.Ordinal) && p.Text.EndsWith("is DENIED.", StringComparison.Ordinal));
        var text = MarkdownOrder.Render(order);
        Assert.DoesNotContain("the movant", text, StringComparison.OrdinalIgnoreCase);
        // The declaration is the opposing party's, and records already sealed remain so.
        Assert.DoesNotContain("the item is filed under seal", text, StringComparison.Ordinal);
        // The party keeping the records sealed is named for what it is (here AT&T, the defendant), never "the movant".
        Assert.Contains("The defendant makes a particularized showing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMotionToUnseal_IsRuledOnFromItsOwnSide_InTheReports()
    {
        // The contract's disposition is the keeper's (granted: everything stays sealed); a reader of the report sees
        // the motion before the court: the press's motion to unseal, denied.
        var result = Shared.Service.Evaluate(Request("hepting-att-2007"));
        var md = MarkdownReport.Render(result);

        Assert.Equal(Disposition.Granted, result.Motions[0].Disposition);
        Assert.StartsWith("# Recommended ruling on the motion to unseal:", md, StringComparison.Ordinal);
        Assert.Contains("### Motion to unseal Doc #133 and #139: denied; the records remain sealed", md, StringComparison.Ordinal);
        Assert.Contains("**remains under seal**", md, StringComparison.Ordinal);
        Assert.Contains("the motion to unseal is denied", md, StringComparison.Ordinal);
        Assert.DoesNotContain("the movant", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("the motion is granted", md, StringComparison.Ordinal);
        var html = SealingRules.Html.HtmlReport.Render(result, false);
        Assert.Contains("Motion to unseal Doc #133 and #139: denied; the records remain sealed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("the movant", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMotionToUnseal_AwaitsNoAmendedMotion_AndIsGrantedInPartWhenRedactionsRemain()
    {
        // Velasco v. Chrysler (N.D. Cal. 2017): the records unsealed with the technical information redacted.
        var result = Shared.Service.Evaluate(Request("velasco-chrysler-2017"));
        var steps = string.Join(" ", result.Motions[0].Reasoning.Select(s => s.Finding));

        Assert.Equal(Disposition.GrantedInPart, UnsealWords.Ruling(result.Motions[0]));
        Assert.Contains("the motion to unseal is granted in part and denied in part", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("amended motion", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void AMotionToSeal_KeepsTheReportsWords()
    {
        // The near miss: a motion to seal is reported as before.
        var md = MarkdownReport.Render(Shared.Service.Evaluate(Request("kovats-hartford-2022")));

        Assert.StartsWith("# Recommended ruling on the motions to seal", md, StringComparison.Ordinal);
        Assert.DoesNotContain("unseal", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOrdersSmallWords_ReadAsACourtWritesThem()
    {
        // Herron v. Best Buy: an id with its own parentheses is not set inside the title's.
        Assert.Contains("ORDER ON REQUEST TO SEAL DOCUMENTS (Dell request, Notice, ECF No. 134)", Markdown("herron-best-buy-2015-dell"), StringComparison.Ordinal);
        // Kovats v. Hartford: a title that says whose paper it is is not given a second owner.
        var kovats = Markdown("kovats-hartford-2022");
        Assert.Contains("1. Plaintiff's administrative motion to seal AR is GRANTED.", kovats, StringComparison.Ordinal);
        Assert.DoesNotContain("plaintiff's Plaintiff's", kovats, StringComparison.Ordinal);
        // A.A. v. Clovis (E.D. Cal.): a Request is renewed by submitting an amended request.
        Assert.Contains("may submit an amended request", Markdown("aa-clovis-2017"), StringComparison.Ordinal);
        // United States v. Villasenor-Villa: a denial with prejudice says so beside the redactions it permits.
        Assert.Contains("DENIED (with prejudice); redaction of", Markdown("united-states-villasenor-villa-2014"), StringComparison.Ordinal);
        // A senior judge is signed by name, the title beneath.
        Assert.Equal("Hon. William B. Shubb", SealingRules.Orders.OrderBuilder.Signer("Senior District Judge William B. Shubb"));
        // Beneath the name, the rank the judge holds (a chief or senior judge), then the office.
        Assert.Equal("Senior United States District Judge", SealingRules.Orders.OrderBuilder.SignerTitle("Senior District Judge William B. Shubb"));
        Assert.Equal("Chief United States District Judge", SealingRules.Orders.OrderBuilder.SignerTitle("Chief Judge Ricardo S. Martinez"));
        Assert.Equal("Chief United States Magistrate Judge", SealingRules.Orders.OrderBuilder.SignerTitle("Chief Magistrate Judge Jane Doe"));
        Assert.Equal("United States Magistrate Judge", SealingRules.Orders.OrderBuilder.SignerTitle("Magistrate Judge Nancy J. Koppe"));
        Assert.Equal("United States District Judge", SealingRules.Orders.OrderBuilder.SignerTitle("Hon. Mischief Maker"));
    }

    [Fact]
    public void AMotionToUnseal_HasNoMovantsOrderToSeal()
    {
        var e = Assert.Throws<NothingToProposeException>(() => Shared.Service.MovantOrder(Request("velasco-chrysler-2017"), "Dkt. 82"));

        Assert.Contains("motion to unseal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMotionDeniedWhole_WithRedactionsPermitted_SaysSoInItsFirstParagraphAndItsRow()
    {
        // Apple v. Samsung (N.D. Cal. 2012): the whole HTC licence asked; only its pricing terms withheld.
        var order = Shared.Service.Order(Request("apple-samsung-2012-htc-license"));

        Assert.Contains(order.Conclusion, p => p.Text == "The defendant's administrative motion to file under seal (ECF 2177) is DENIED WITHOUT PREJUDICE, except that the redactions set out below are permitted.");
        var row = Assert.Single(order.Table);
        Assert.Equal("DENIED (without prejudice); redaction of the pricing terms permitted", row.RulingCell);
        Assert.Equal("Entire document", row.Portion);
        Assert.Equal("Sealing sought", ProposedOrder.Columns[1]);
    }

    [Fact]
    public void NoOrderOfTheCaseBase_SpeaksOfTheEngine()
    {
        foreach (var dir in Directory.GetDirectories(Repo.Examples).Where(d => File.Exists(Path.Combine(d, "request.json"))))
        {
            var order = MarkdownOrder.Render(Shared.Service.Order(File.ReadAllText(Path.Combine(dir, "request.json"))));
            Assert.False(order.Contains("the engine", StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(dir)} speaks of the engine");
            Assert.False(order.Contains("of another kind", StringComparison.Ordinal), $"{Path.GetFileName(dir)}: 'a filing of another kind'");
        }
    }
}

/// <summary>A movant's own order states the reasons it can stand on; Rule 5.2(a) beneath a full redaction is the floor, not the ruling.</summary>
public sealed class MovantsOwnWordsTests
{
    private const string AccountNumber = """
        { "schemaVersion": 1, "asOf": "2024-03-01", "court": "E.D. Cal.", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "settlement-approval", "items": [
          { "id": "agreement", "title": "Exhibit 2, settlement agreement", "request": "seal",
            "information": [ { "id": "account", "kind": "financial-account", "about": "non-party-business" }, { "id": "amount", "kind": "settlement-terms", "about": "minor" } ],
            "harms": [ { "kind": "competitive-harm", "showing": "conclusory", "evidence": "argument-only", "information": ["account", "amount"] } ] } ] } ] }
        """;

    [Fact]
    public void TheMovantsOrder_DoesNotCallItsOwnShowingConclusory()
    {
        // A paralegal's filing: only Rule 5.2(a) keeps the account number out; the predicted order says why the rest fails.
        var row = Assert.Single(Shared.Service.MovantOrder(AccountNumber, "m").Table);

        Assert.DoesNotContain("conclusory", row.Reason, StringComparison.Ordinal);
        Assert.StartsWith("The financial-account number is redacted to what Rule 5.2(a) allows (only the last four digits may appear)", row.Reason, StringComparison.Ordinal);
        Assert.Contains(Shared.Service.Order(AccountNumber).Discussion.SelectMany(d => d.Paragraphs), p => p.Text.Contains("although the plaintiff's assertion of the risk of competitive harm is conclusory", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSeedsBirthDates_AreRedactedInFullOnTheSafetyShowing_WithRule52AsTheFloor()
    {
        // The real order permits redaction of the birthdates whole, with the names and contacts, for the asylum seekers' safety.
        var order = Shared.Service.Order(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));

        Assert.Contains(order.Discussion.SelectMany(d => d.Paragraphs), p => p.Text.Contains("the birth date is redacted in full; Rule 5.2(a) would in any case require it redacted (only the year may appear)", StringComparison.Ordinal));
        var waitlist = order.Table.Single(r => r.Document.Contains("waitlist", StringComparison.Ordinal));
        Assert.DoesNotContain("The birth date: redacted as Fed. R. Civ. P. 5.2(a) requires", waitlist.Reason, StringComparison.Ordinal);
    }
}

/// <summary>The movant's table places only what it redacts: a place the order keeps public is not listed beside a redaction.</summary>
public sealed class MovantPortionTests
{
    [Fact]
    public void OnlyThePlacesOfTheRedactedParts_AreListed()
    {
        // A paralegal's settlement agreement: the amount stays public, the minor's name is redacted.
        var order = Shared.Service.MovantOrder("""
            { "schemaVersion": 1, "asOf": "2024-03-01", "court": "E.D. Cal.", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "settlement-approval", "items": [
              { "id": "agreement", "title": "Settlement agreement", "request": "redact",
                "information": [ { "id": "name", "kind": "minor-identity", "about": "minor", "label": "the minor's name" },
                  { "id": "amount", "kind": "settlement-terms", "about": "minor", "label": "the settlement amount" } ],
                "harms": [ { "kind": "privacy", "showing": "conclusory", "evidence": "argument-only", "information": ["name", "amount"] } ] } ] } ],
              "filing": { "items": [ { "id": "agreement", "exhibit": "Exhibit 2", "portions": "the settlement amount: page 2, paragraph 2; the minor's name: pages 1, 2 and 7" } ] } }
            """, "m");

        var row = Assert.Single(order.Table);
        Assert.Equal("Redact the minor's name (pages 1, 2 and 7)", row.Portion);
    }
}
