using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>Reading the showing (contract 1.x): statements in, showings out, through the service as a program calls it.</summary>
public sealed class ReadingTests
{
    private static string Request(string statement, string harm = "competitive-harm", string kind = "pricing-terms", string about = "party", string? showing = null)
    {
        var h = new JObject { ["kind"] = harm, ["statement"] = statement };
        if (showing is not null) h["showing"] = showing;
        return new JObject
        {
            ["schemaVersion"] = 1, ["asOf"] = "2024-06-01",
            ["motions"] = new JArray(new JObject
            {
                ["id"] = "m", ["movant"] = "defendant", ["underlyingFiling"] = "summary-judgment",
                ["items"] = new JArray(new JObject
                {
                    ["id"] = "ex-1", ["request"] = "seal",
                    ["information"] = new JArray(new JObject { ["id"] = "n", ["kind"] = kind, ["about"] = about }),
                    ["harms"] = new JArray(h),
                }),
            }),
        }.ToString();
    }

    private static ShowingResult Showing(SealingResult r) => r.Motions[0].Items[0].Showings[0];

    [Fact]
    public void TheSeedsFourStatements_ReadAsTheCourtReadThem_AndTheOutcomeStays16Of16()
    {
        var folder = Path.Combine(Repo.Root, "examples", "al-otro-lado-2019");
        var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(folder, "request-statements.json")));
        var expected = JObject.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));

        var items = result.Motions.SelectMany(m => m.Items).ToDictionary(i => i.Id);
        var agree = expected["motions"]!.SelectMany(m => m["items"]!).Count(e =>
            items[(string)e["id"]!].Outcome.ToString().Equals((string)e["outcome"]!, StringComparison.OrdinalIgnoreCase)
            && items[(string)e["id"]!].Redact.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(
                (e["redact"] as JArray ?? []).Select(x => (string)x!).OrderBy(x => x, StringComparer.Ordinal)));
        Assert.Equal(16, agree);

        var ex41 = items["ex-pi-41"].Showings;
        Assert.Equal([Model.Showing.Generalized, Model.Showing.Conclusory, Model.Showing.Conclusory], ex41.Select(s => s.Showing));
        Assert.All(ex41, s => Assert.Equal(ShowingSource.Read, s.Source));
        Assert.Equal(Model.Showing.Specific, items["ex-cc-reply-4"].Showings.Single().Showing);
        Assert.Contains(ex41[0].Because, b => b.Rule == "particularity/unidentified-actors" && b.Finding.Contains("hostile actors", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBecauseStep_CitesAConfirmedAuthority_DecidedByTheLawDate()
    {
        var folder = Path.Combine(Repo.Root, "examples", "al-otro-lado-2019");
        var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(folder, "request-statements.json")));
        var catalog = Shared.Service.Engine.Catalog;

        foreach (var step in result.Motions.SelectMany(m => m.Items).SelectMany(i => i.Showings).SelectMany(s => s.Because))
        {
            Assert.NotEmpty(step.Authorities);
            Assert.All(step.Authorities, a => Assert.True(catalog.Find(a.Id) is { Confirmed: true } p && p.Decided <= new DateOnly(2019, 11, 21), a.Id));
        }
    }

    public static TheoryData<string, string, string, string> EveryFootingOnEveryDay()
    {
        var data = new TheoryData<string, string, string, string>();
        (string Harm, string Kind, string About)[] facts = [("competitive-harm", "pricing-terms", "party"), ("privacy", "medical", "party"),
            ("privacy", "ssn", "private-individual"), ("safety", "name", "minor"), ("security-vulnerability", "security-procedure", "government-agency")];
        foreach (var day in new[] { "2006-06-01", "2012-03-01", "2026-12-01" })
            foreach (var (harm, kind, about) in facts)
                foreach (var words in Properties.RequestArbitrary.Statements.Take(8))
                    data.Add(day, harm, kind + "|" + about, words);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFootingOnEveryDay))]
    public void EveryReadingStep_CitesAnAuthorityDecidedByTheLawDate(string day, string harm, string kindAbout, string words)
    {
        var kind = kindAbout.Split('|');
        var json = Request(words, harm, kind[0], kind[1]).Replace("2024-06-01", day, StringComparison.Ordinal);
        var s = Showing(Shared.Service.Evaluate(json));

        Assert.NotEmpty(s.Because);
        Assert.All(s.Because, b => Assert.True(b.Authorities.Count > 0 && b.Authorities.All(a =>
            Shared.Service.Engine.Catalog.Find(a.Id) is { Confirmed: true } p && p.Decided <= DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), $"{b.Rule} on {day}"));
        Assert.All(s.Like, l => Assert.False(string.IsNullOrEmpty(l.Cite)));
    }

    [Fact]
    public void TheCheck_ReviewsEachStatement_SayingWhatItRestsOnAndWhatItNeeds()
    {
        var json = File.ReadAllText(Path.Combine(Repo.Root, "examples", "al-otro-lado-2019", "request-statements.json"));
        var check = Shared.Service.Check(json);

        Assert.Equal(34, check.DeclarationReview.Count);
        var howe = check.DeclarationReview.First(r => r.Item == "ex-pi-41" && r.Harm == 0);
        Assert.Equal(Model.Showing.Generalized, howe.Reading);
        Assert.Contains(howe.CarriedBy, c => c.Contains("hostile actors", StringComparison.Ordinal));
        Assert.Contains(howe.ToBeSpecific, n => n.StartsWith("Name who would exploit", StringComparison.Ordinal));
        Assert.Empty(check.DeclarationReview.Single(r => r.Item == "ex-cc-reply-4").ToBeSpecific);
        Assert.Contains("\"declarationReview\"", check.ToJson(), StringComparison.Ordinal);

        var md = SealingRules.Reports.CheckReport.Render(check);
        Assert.Contains("### The same words for 13 items: generalized", md, StringComparison.Ordinal);
        Assert.Contains("- [ ] Name who would exploit", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReports_ReadTheSameWordsOutOnce_WithTheirAuthorities_AndNoLabelsPasted()
    {
        var json = File.ReadAllText(Path.Combine(Repo.Root, "examples", "al-otro-lado-2019", "request-statements.json"));
        var result = Shared.Service.Evaluate(json);
        var md = SealingRules.Reports.MarkdownReport.Render(result);
        var html = System.Net.WebUtility.HtmlDecode(SealingRules.Html.HtmlReport.Render(result));

        // The Howe paragraph is given for thirteen items across four motions: read out once, saying so, in both forms.
        const string Howe = "The movant's words for reason 1 (the same words for 12 more items) read as generalized:";
        Assert.Equal(1, md.Split('\n').Count(l => l == Howe));
        Assert.Equal(1, html.Split(Howe).Length - 1);
        Assert.Contains("fears unidentified actors", md, StringComparison.Ordinal);
        Assert.Contains("*Motley, 2016 WL 1060144, at *2*", md, StringComparison.Ordinal);
        // Restating steps and the check's advice stay out of a ruling; the showing is said in words, never as a value.
        Assert.DoesNotContain("No part of the statement shows", md, StringComparison.Ordinal);
        Assert.DoesNotContain("To be read as specific", md, StringComparison.Ordinal);
        Assert.DoesNotContain("read as none", md, StringComparison.Ordinal);
        Assert.DoesNotContain("read as hypothetical", md, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementGivingNoReason_ReadsAsEmpty_NotAsTheValueNone()
    {
        var json = Request("La información contiene precios confidenciales y su divulgación causaría un daño a la empresa.");
        var md = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json));

        Assert.Contains("read as empty of any reason", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameWordsQuotedInTwoRelatedOrders_AreShownOnce()
    {
        // J.H. v. Seattle Public Schools and Northshore School District v. A.J. quote the same stipulation.
        const string words = "the parties' interests in keeping the information in the record confidential to protect the minor student at issue outweighs the public's interest in disclosure";
        var engine = new SealingRules.Engine.SealingEngine();

        var like = engine.JudgedStatements.Like(words, Model.HarmKind.Privacy, [Model.InformationKind.Education], new DateOnly(2025, 1, 1));

        Assert.NotEmpty(like);
        Assert.Equal(like.Count, like.Select(l => string.Join(' ', SealingRules.Reading.JudgedStatements.Tokens(l.Text))).Distinct().Count());
        Assert.Single(like, l => l.Text.Contains("protect the minor student at issue", StringComparison.Ordinal));
    }

    [Fact]
    public void LikeEntries_AreJudgedStatementsOfTheCorpus_DecidedByTheLawDate()
    {
        var result = Shared.Service.Evaluate(Request("The royalty rates would let licensees demand the same terms in their negotiations with us."));
        var corpus = File.ReadAllLines(Path.Combine(Repo.Root, "corpus", "statements", "statements.jsonl")).Select(JObject.Parse).ToList();

        var like = Showing(result).Like;
        Assert.NotEmpty(like);
        Assert.All(like, l => Assert.Contains(corpus, c => (string)c["text"]! == l.Text && (string)c["cite"]! == l.Cite
            && DateOnly.Parse((string)c["date"]!, System.Globalization.CultureInfo.InvariantCulture) <= new DateOnly(2024, 6, 1)));
    }

    /// <summary>
    /// Declarations phrased as practitioners write them (composed for this test, not drawn from the corpus): each pair is
    /// a statement that says what the information holds and how disclosure would be used, and its near miss that says
    /// neither.
    /// </summary>
    [Theory]
    [InlineData("The report gives the temperatures and pressures at each stage of Acme's curing process, which would allow a competitor to reproduce its coating.", "technical-information", "trade-secret-disclosure", "specific")]
    [InlineData("The report describes Acme's processes, and disclosure would harm Acme.", "technical-information", "trade-secret-disclosure", "generalized")]
    [InlineData("The memorandum sets out the screening criteria agents apply to cargo; smugglers who read it would know which shipments pass unexamined.", "law-enforcement-technique", "law-enforcement-interference", "specific")]
    [InlineData("The memorandum contains law enforcement sensitive information.", "law-enforcement-technique", "law-enforcement-interference", "conclusory")]
    [InlineData("Exhibit 12 reproduces 212 lines of the trajectory-smoothing routine in our PathPlanner module, which we have never published; a competitor with these lines could replicate PathPlanner's collision-avoidance performance without four years of development.", "source-code", "trade-secret-disclosure", "specific")]
    [InlineData("Exhibit 12 is confidential; a competitor could replicate our products.", "source-code", "trade-secret-disclosure", "generalized")]
    [InlineData("The exhibit reproduces the source code of the encryption module; anyone holding it could decrypt customers' stored data.", "source-code", "security-vulnerability", "specific")]
    [InlineData("Anyone could misuse this information.", "source-code", "security-vulnerability", "generalized")]
    [InlineData("Exhibit 7 lists Acme's customers by name with the annual volume each buys; a rival would use it to target those accounts.", "customer-information", "competitive-harm", "specific")]
    [InlineData("Exhibit 7 concerns Acme's customers; a rival would gain an advantage.", "customer-information", "competitive-harm", "generalized")]
    [InlineData("The declaration gives the transport routes for high-security inmates and the number of escorts on each; inmates' associates could plan an attack on a transport.", "security-procedure", "security-vulnerability", "specific")]
    [InlineData("Release of the declaration would jeopardize institutional security.", "security-procedure", "security-vulnerability", "generalized")]
    // Words that take the reason back: the rates already published; embarrassment the only harm (a teacher's session).
    [InlineData("EA already published these royalty rates in its annual report, so competitors would use them to undercut our bids.", "licensing-terms", "competitive-harm", "none")]
    [InlineData("EA has never published these royalty rates; competitors would use them to undercut our bids in the next licensing round.", "licensing-terms", "competitive-harm", "specific")]
    [InlineData("Disclosure would embarrass EA because fans would learn how little the retired players receive in royalty rates.", "licensing-terms", "competitive-harm", "generalized")]
    public void DeclarationsAsPractitionersWriteThem_AreRead_ByWhatTheySayTheInformationIsAndHowItWouldBeUsed(string statement, string kind, string harm, string showing)
        => Assert.Equal(showing, Kebab.Of(Showing(Shared.Service.Evaluate(Request(statement, harm, kind))).Showing.ToString()));

    /// <summary>
    /// The same, in the words of trades and settings the vocabulary above does not name (a development battery written by a
    /// separate session, not drawn from the corpus): rates and surcharges, thresholds, a staffing roster by post and hour,
    /// and where a person has moved; each with its near miss.
    /// </summary>
    [Theory]
    [InlineData("Exhibit 14 lists the per-mile linehaul rates and fuel surcharge tables negotiated with each of its twelve largest shippers; a rival carrier bidding on those lanes would undercut it by a fraction of a cent per mile.", "pricing-terms", "competitive-harm", "party", "specific")]
    [InlineData("Exhibit 14 concerns the carrier's commercial relationships; a rival carrier would gain an unfair advantage.", "pricing-terms", "competitive-harm", "party", "generalized")]
    [InlineData("Exhibit 8 is the bank's fraud-detection rule set, listing the dollar thresholds at which outgoing wires are held for review; publishing them would tell fraudsters exactly how to structure transfers to stay beneath them.", "internal-policy", "improper-use", "party", "specific")]
    [InlineData("Exhibit 8 reflects the bank's internal fraud policies, which are proprietary.", "internal-policy", "improper-use", "party", "conclusory")]
    [InlineData("The staffing roster lists, by post and by hour, how many deputies cover each housing unit on the overnight shift.", "operational-data", "security-vulnerability", "government-agency", "specific")]
    [InlineData("The roster is an internal jail document that should not be made public.", "operational-data", "security-vulnerability", "government-agency", "conclusory")]
    [InlineData("Her bank statements show purchases in the town where she moved after obtaining a restraining order; her former husband does not know where she lives, and the statements would tell him.", "financial-account", "safety", "private-individual", "specific")]
    [InlineData("Her bank statements are private and their release would be harmful.", "financial-account", "embarrassment", "private-individual", "generalized")]
    // A cooperator's danger shown by what happened to others once their cooperation was known; its near miss only fears it.
    [InlineData("Section IV describes the defendant's debriefings with agents and the two cartel associates he identified, who remain at large. Two cooperators in related cases were assaulted in custody last year after their cooperation became known.", "investigative-file", "safety", "private-individual", "specific")]
    [InlineData("Section IV describes the defendant's debriefings with agents. If his cooperation became known, he could be at risk of retaliation.", "investigative-file", "safety", "private-individual", "generalized")]
    [InlineData("The plea supplement describes the defendant's proffer; its release could jeopardize the safety of confidential informants.", "investigative-file", "safety", "private-individual", "generalized")]
    // Where a person fleeing an abuser now lives and works, with the abuser's conduct; its near miss names only a fear.
    [InlineData("The exhibit identifies the plaintiff's current employer and the city she moved to after leaving her abusive ex-husband, who has violated a restraining order twice.", "other", "safety", "party", "specific")]
    [InlineData("The exhibit describes the plaintiff's divorce, and she fears for her safety.", "other", "safety", "party", "generalized")]
    // A bargaining position named by what it would tell the other side; its near miss names only the position.
    [InlineData("The emails show our negotiating position with the union in the 2024 contract talks; if the union saw them in the next round, it would know exactly how far we are willing to go on wages.", "business-strategy", "competitive-harm", "party", "specific")]
    [InlineData("The emails concern our negotiations with the union, and disclosure would harm our position.", "business-strategy", "competitive-harm", "party", "generalized")]
    // An undercover officer's name, with what its disclosure would end; its near miss only names the officers.
    [InlineData("The names of the undercover officers appear throughout the report. Two of them are still working undercover in active investigations, and publishing their names would end those investigations and put the officers at risk.", "name", "safety", "public-official", "specific")]
    [InlineData("The names of the undercover officers appear throughout the report.", "name", "safety", "public-official", "conclusory")]
    // A status that would bring removal, with what has happened to others; its near miss calls the status private.
    [InlineData("Exhibit 6 reveals that I am undocumented. ICE agents have detained two of my neighbors this year, and if my status became public I could be reported and deported, separated from my two children.", "immigration-status", "safety", "party", "specific")]
    [InlineData("Plaintiff's immigration status is private and disclosure could expose her to harm.", "immigration-status", "privacy", "party", "generalized")]
    // A vulnerability report's technical details offered as a gap in security; its near miss calls them cybersecurity.
    [InlineData("The penetration test report lists the unpatched vulnerabilities in the hospital's patient-records system, with the server names and the steps the testers used to get in. Anyone who read it could repeat those steps before the patches are finished next spring.", "technical-information", "security-vulnerability", "party", "specific")]
    [InlineData("The report discusses the company's cybersecurity, and anyone could misuse it.", "technical-information", "security-vulnerability", "party", "generalized")]
    // Sexual orientation kept from those the person has not told; its near miss only says what the excerpt describes.
    [InlineData("Plaintiff is gay and has not come out to his family or employer. The deposition excerpt describes his sexual orientation and his relationship with his partner.", "sexual-orientation", "privacy", "party", "specific")]
    [InlineData("The deposition excerpt describes his sexual orientation and his relationship with his partner.", "sexual-orientation", "privacy", "party", "conclusory")]
    // Further litigation is Foltz's kindred of embarrassment: alone, no reason; its near miss names a competitor's use.
    [InlineData("Disclosure of the arbitration award would invite other employees to bring similar claims.", "settlement-terms", "further-litigation", "party", "generalized")]
    [InlineData("The award states the $400,000 we paid; other claimants would use it to demand the same payment in their negotiations with us.", "settlement-terms", "competitive-harm", "party", "specific")]
    // An audit's findings of weak controls, with how wrongdoers would use them; its near miss calls the audit confidential.
    [InlineData("Exhibit C contains the bank's internal audit findings about weaknesses in its anti-money-laundering controls. Money launderers could use the findings to route funds through the gaps the audit identified.", "internal-policy", "security-vulnerability", "party", "specific")]
    [InlineData("Exhibit C is the bank's confidential internal audit.", "internal-policy", "security-vulnerability", "party", "conclusory")]
    public void DeclarationsInOtherTrades_AreRead_ByWhatTheySayTheInformationIsAndHowItWouldBeUsed(string statement, string kind, string harm, string about, string showing)
        => Assert.Equal(showing, Kebab.Of(Showing(Shared.Service.Evaluate(Request(statement, harm, kind, about))).Showing.ToString()));

    // A thing named without a sentence ("Pricing.") says nothing of it: no reason, and the cure asks for sentences.
    [Theory]
    [InlineData("Pricing.", "competitive-harm", "pricing-terms")]
    [InlineData("Medical records.", "privacy", "medical")]
    public void ANounAlone_IsNoReason_AndTheCureAsksForSentences(string statement, string harm, string kind)
    {
        var s = Showing(Shared.Service.Evaluate(Request(statement, harm, kind)));

        Assert.Equal(Model.Showing.None, s.Showing);
        Assert.Contains("is a string of words, not a sentence", s.Because[0].Finding, StringComparison.Ordinal);
        Assert.Contains(s.ToBeSpecific!, n => n.StartsWith("Write the reason in sentences", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Disclosure of the award would invite other employees to bring similar claims.", "further-litigation", "The only harm the statement names is exposure to further litigation (")]
    [InlineData("Disclosure of the award would embarrass the company.", "embarrassment", "The only harm the statement names is embarrassment (")]
    public void TheOnlyHarmNamed_IsSaidAsTheWordsSayIt(string statement, string harm, string finding)
    {
        var s = Showing(Shared.Service.Evaluate(Request(statement, harm, "settlement-terms")));

        Assert.StartsWith(finding, Assert.Single(s.Because, b => b.Rule == "particularity/embarrassment-alone").Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementWhoseOnlyFeatureNoRuleQuotes_IsStillRead()
    {
        // Only "who are not parties" is found, and no harm the non-party rule reads: the bare-assertion finding must still
        // quote something, not fail (it did, as an internal error, before its list named the newer features).
        var s = Showing(Shared.Service.Evaluate(Request("The I-9 forms list eleven workers who are not parties.", "improper-use", "personnel-record")));

        Assert.Equal(Model.Showing.Conclusory, s.Showing);
        Assert.Contains("who are not parties", s.Because[0].Finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The minor plaintiffs' settlement amounts would tell their relatives how much each child received.", "settlement-terms", "privacy", "party", "specific")]
    [InlineData("The settlement amounts are confidential.", "settlement-terms", "privacy", "party", "conclusory")]
    [InlineData("The internal affairs files are those of officers who are not defendants, and they hold unsustained complaints.", "personnel-record", "privacy", "party", "specific")]
    [InlineData("The internal affairs files hold unsustained complaints.", "personnel-record", "privacy", "party", "conclusory")]
    public void WhoseInformationItIs_IsReadFromTheWords_WhateverTheRequestSaysItIsAbout(string statement, string kind, string harm, string about, string showing)
        => Assert.Equal(showing, Kebab.Of(Showing(Shared.Service.Evaluate(Request(statement, harm, kind, about))).Showing.ToString()));

    // How disclosure would reach a person (the employer who would learn of a sealed adjudication, and the job it would
    // cost) and what in the record would do it: a particular showing for a person's records, as for a business's prices.
    [Theory]
    [InlineData("If the juvenile adjudication were public, his current employer would learn of it and he would likely lose his job.", "specific")]
    [InlineData("Filing the rap sheet on the public docket would reach the employer that hired him after the juvenile court sealed it.", "specific")]
    [InlineData("The juvenile adjudication would embarrass him.", "generalized")]
    [InlineData("The rap sheet includes his 2009 juvenile adjudication.", "conclusory")]
    public void HowARecordWouldReachThoseAroundAPerson_IsReadAsSpecific(string statement, string showing)
        => Assert.Equal(showing, Kebab.Of(Showing(Shared.Service.Evaluate(Request(statement, "reputational", "criminal-history", "private-individual"))).Showing.ToString()));

    [Theory]
    [InlineData("Disclosure of the per-unit prices would allow competitors to undercut our bids.", "specific")]
    [InlineData("The exhibit was designated confidential under the protective order.", "conclusory")]
    [InlineData("Disclosure would cause competitive harm.", "generalized")]
    [InlineData("Disclosure might possibly be misused someday.", "hypothetical")]
    public void TheReading_IsApplied_WhenNoShowingIsGiven(string statement, string showing)
    {
        var s = Showing(Shared.Service.Evaluate(Request(statement)));

        Assert.Equal(showing, Kebab.Of(s.Showing.ToString()));
        Assert.Equal(ShowingSource.Read, s.Source);
        Assert.Equal("particularity/", s.Because[^1].Rule[..14]);
    }

    [Fact]
    public void TheKindOfInformation_Matters_AsMuchAsTheWords()
    {
        const string words = "These are the plaintiff's medical records and must remain private.";
        Assert.Equal(Model.Showing.Specific, Showing(Shared.Service.Evaluate(Request(words, "privacy", "medical"))).Showing);
        Assert.NotEqual(Model.Showing.Specific, Showing(Shared.Service.Evaluate(Request(words, "privacy", "business-strategy", "non-party-business"))).Showing);
    }

    [Fact]
    public void AGivenShowing_IsApplied_AndADifferentReadingIsWarnedOf()
    {
        var result = Shared.Service.Evaluate(Request("The exhibit was designated confidential under the protective order.", showing: "specific"));
        var s = Showing(result);

        Assert.Equal(Model.Showing.Specific, s.Showing);
        Assert.Equal(ShowingSource.Given, s.Source);
        Assert.Equal(Model.Showing.Conclusory, s.Read);
        var warning = Assert.Single(result.Warnings, w => w.Rule.StartsWith("particularity/", StringComparison.Ordinal));
        Assert.Contains("given as specific", warning.Message, StringComparison.Ordinal);
        Assert.Contains("designation", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHarmWithNeitherShowingNorStatement_IsRefused_AsMissing()
    {
        var json = Request("x").Replace("\"statement\": \"x\"", "\"evidence\": \"declaration\"", StringComparison.Ordinal);
        var e = Assert.Throws<ContractException>(() => Shared.Service.Evaluate(json));

        Assert.Equal(ContractError.MissingField, e.Error.Code);
        Assert.Equal("motions[0].items[0].harms[0].showing", e.Error.Path);
        Assert.NotNull(e.Error.Line);
    }

    [Fact]
    public void AnEmptyStatement_IsRefused()
    {
        var e = Assert.Throws<ContractException>(() => Shared.Service.Evaluate(Request("   ")));
        Assert.Equal(ContractError.InvalidValue, e.Error.Code);
        Assert.Equal("motions[0].items[0].harms[0].statement", e.Error.Path);
    }

    [Theory]
    [InlineData(10_001)]
    [InlineData(1_000_000)]
    public void AStatementOverTheLimit_IsRefused_AsTooLarge(int length)
    {
        var e = Assert.Throws<ContractException>(() => Shared.Service.Evaluate(Request(new string('a', length))));
        Assert.Equal(ContractError.TooLarge, e.Error.Code);
        Assert.Equal("motions[0].items[0].harms[0].statement", e.Error.Path);
    }

    [Fact]
    public void AStatementInAnotherLanguage_IsNotRead_AndSaysSo()
    {
        var result = Shared.Service.Evaluate(Request("La información contiene precios confidenciales y su divulgación causaría un daño a la empresa."));

        Assert.Equal(Model.Showing.None, Showing(result).Showing);
        Assert.Contains(result.Warnings, w => w.Rule == "particularity/unread" && w.Message.Contains("not English prose", StringComparison.Ordinal));
        Assert.NotNull(Showing(result).ToBeSpecific);
    }

    [Fact]
    public void AShowingNotSpecific_SaysWhatTheStatementWouldNeed_FromWhatItLacks()
    {
        var s = Showing(Shared.Service.Evaluate(Request("Disclosure would cause competitive harm.")));

        Assert.NotNull(s.ToBeSpecific);
        Assert.Contains(s.ToBeSpecific!, n => n.Contains("competitor", StringComparison.Ordinal) && n.Contains("undercut", StringComparison.Ordinal));
        Assert.Contains(s.ToBeSpecific!, n => n.Contains("concretely", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("security-procedure", "security-vulnerability", "camera locations")]
    [InlineData("licensing-terms", "competitive-harm", "royalty rates")]
    [InlineData("customer-information", "competitive-harm", "which customers")]
    public void WhatItWouldNeed_NamesWhatThisKindOfDocumentHolds_AndWhoWouldUseIt(string kind, string harm, string named)
    {
        var s = Showing(Shared.Service.Evaluate(Request("Disclosure would cause serious harm.", harm, kind)));

        Assert.Contains(s.ToBeSpecific!, n => n.Contains(named, StringComparison.Ordinal));
        // The kind is named, so the advice's pronoun ("use them") has something to stand for.
        Assert.Contains(s.ToBeSpecific!, n => n.StartsWith($"Say how disclosure of the {kind.Split('-')[0]}", StringComparison.Ordinal) && n.Contains(" would cause the harm, for example that ", StringComparison.Ordinal));
    }

    [Fact]
    public void EachKindsExample_TheWhatIfProposes_ReadsAsSpecific_ForEveryHarmItSpeaksTo()
    {
        var notSpecific = new List<string>();
        foreach (var (kind, advice) in SealingRules.Reading.KindAdvice.All)
            foreach (var harm in advice.Fits)
            {
                var about = kind switch { InformationKind.PersonnelRecord or InformationKind.HomeAddress or InformationKind.VictimIdentity => "private-individual", InformationKind.MinorIdentity => "minor", _ => "party" };
                var s = Showing(Shared.Service.Evaluate(Request(advice.Example, Kebab.Of(harm.ToString()), Kebab.Of(kind.ToString()), about)));
                if (s.Showing != Model.Showing.Specific) notSpecific.Add($"{kind}/{harm}:{s.Showing}:{s.Because[^1].Rule}");
            }
        Assert.True(notSpecific.Count == 0, string.Join("; ", notSpecific));
    }

    [Theory]
    [InlineData("technical-information", "servers")]
    [InlineData("source-code", "servers")]
    [InlineData("operational-data", "cameras")]
    public void TheWhatIfsSecurityExample_FitsTheInformation_AndReadsAsSpecific(string kind, string named)
    {
        var infos = new List<Newtonsoft.Json.Linq.JObject> { new() { ["id"] = "n", ["kind"] = kind, ["about"] = "party" } };
        var example = SealingRules.WhatIf.Candidates.Addition(HarmKind.SecurityVulnerability, infos)!;

        Assert.Contains(named, example, StringComparison.Ordinal);
        Assert.Equal(Model.Showing.Specific, Showing(Shared.Service.Evaluate(Request(example, "security-vulnerability", kind))).Showing);
    }

    // Privacy is not danger: a party's own rent ledger is advised to say who would learn what, not who would be endangered;
    // a safety claim keeps the danger advice.
    [Theory]
    [InlineData("privacy", "Say what disclosure would expose, and to whom", "endangered")]
    [InlineData("safety", "Say who would be endangered or exposed", "kept private")]
    public void ThePrivacyAdvice_AsksWhoWouldLearnWhat_NotWhoWouldBeEndangered(string harm, string advised, string notAdvised)
    {
        var s = Showing(Shared.Service.Evaluate(Request("My rent payments are private.", harm, "financial-data")));

        Assert.Contains(s.ToBeSpecific!, n => n.StartsWith(advised, StringComparison.Ordinal));
        Assert.DoesNotContain(s.ToBeSpecific!, n => n.Contains(notAdvised, StringComparison.Ordinal));
    }

    [Fact]
    public void WhatItWouldNeed_KeepsTheHarmsOwnAdvice_WhereTheKindsAdviceSpeaksOfAnotherHarm()
    {
        // Pricing advice is about competitors; a safety claim about prices is answered by the safety advice.
        var s = Showing(Shared.Service.Evaluate(Request("Disclosure would cause serious harm.", "safety", "pricing-terms")));

        Assert.DoesNotContain(s.ToBeSpecific!, n => n.Contains("undercut", StringComparison.Ordinal));
        Assert.Contains(s.ToBeSpecific!, n => n.Contains("endangered", StringComparison.Ordinal));
    }

    // A company's deliberations are worth naming for the plans and costs they weigh; an agency's opinions, said to
    // hamper its enforcement, are not advised to name costs and product plans.
    [Theory]
    [InlineData("competitive-harm", "party", true)]
    [InlineData("law-enforcement-interference", "government-agency", false)]
    public void InternalOpinions_AreAdvisedOnPlansAndCosts_OnlyForACompetitiveHarm(string harm, string about, bool plans)
    {
        var s = Showing(Shared.Service.Evaluate(Request("The documents reflect internal deliberations and would cause harm if disclosed.", harm, "internal-opinions", about)));

        Assert.Equal(plans, s.ToBeSpecific!.Any(n => n.Contains("options, costs or plans", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("security-vulnerability", false)]
    [InlineData("law-enforcement-interference", true)]
    public void AnInvestigativeFile_IsAdvisedOnRetaliation_OnlyWhereTheHarmIsToTheInvestigation(string harm, bool retaliation)
    {
        // A use-of-force report said to expose a jail's weaknesses: informants and retaliation are beside the point; a file
        // said to compromise an investigation keeps that advice (the near miss).
        var s = Showing(Shared.Service.Evaluate(Request("The report contains sensitive information that could jeopardize the facility if released.", harm, "investigative-file", "government-agency")));

        Assert.Equal(retaliation, s.ToBeSpecific!.Any(n => n.Contains("retaliate", StringComparison.Ordinal)));
    }

    [Fact]
    public void GivenHarms_HaveAShowingEntry_WithNothingRead()
    {
        var result = Shared.Service.Evaluate(Request("x").Replace("\"statement\": \"x\"", "\"showing\": \"specific\"", StringComparison.Ordinal));
        var s = Showing(result);

        Assert.Equal(ShowingSource.Given, s.Source);
        Assert.Empty(s.Because);
        Assert.Empty(s.Like);
    }

    [Fact]
    public void TheOutput_IsTheSame_UnderEveryCulture()
    {
        var json = Request("Disclosure of the royalty rates would let licensees demand the same terms.");
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            var turkish = Shared.Service.EvaluateToJson(json);
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(turkish, Shared.Service.EvaluateToJson(json));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }
}
