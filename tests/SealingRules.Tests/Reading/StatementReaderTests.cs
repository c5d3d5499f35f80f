using SealingRules.Model;
using SealingRules.Reading;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>The reader finds what the words do: what it negates, whose position a sentence states, what describes the information.</summary>
public sealed class StatementReaderTests
{
    private static HashSet<Feature> Features(string text) => StatementReader.Read(text).Select(f => f.Feature).ToHashSet();

    [Fact]
    public void Mechanism_AudienceAndContent_AreFound_WithTheWordsThatCarryThem()
    {
        var found = StatementReader.Read("Disclosure of the per-unit prices would allow competitors to undercut our bids for the 2024 contract.");

        Assert.Contains(found, f => f.Feature == Feature.Mechanism && f.Quote.Contains("undercut", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Feature == Feature.Audience && f.Quote.Contains("competitors", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Feature == Feature.ConcreteContent && f.Quote.Contains("prices", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuote_TakesItsSentenceWhole_WhereTheSentenceIsShort()
    {
        var found = StatementReader.Read("If Beta's other customers saw them, they would demand the same prices, and Beta's competitors would know the floor of its pricing.");

        Assert.StartsWith("If Beta's other customers saw them", found.Single(f => f.Feature == Feature.Mechanism).Quote, StringComparison.Ordinal);
    }

    private static readonly string[] Leaning = ["of", "the", "in", "and"];

    [Fact]
    public void AQuoteCutInsideAClause_EndsBeforeAClauseItCannotFinish()
    {
        const string text = "The report names eleven student witnesses, all minors, and quotes what each told the investigator about the assault; FERPA protects these education records.";
        Assert.Equal("The report names eleven student witnesses, all minors", StatementReader.Read(text).Single(f => f.Feature == Feature.PersonalSubject).Quote);
    }

    [Theory]
    [InlineData("Table 3 of the report sets out the cycle-to-failure results for each of the eleven weld configurations Velotek tested between March and August 2021, and Appendix B lists the per-unit price Velotek pays its tubing supplier, Hanover Alloy, under a supply agreement that runs through 2027.", Feature.ConcreteContent, "Appendix B lists")]
    [InlineData("This portion of the transcript contains sensitive personal information about a former employee, and Velotek believes it should remain confidential.", Feature.AssertsConclusion, "Velotek believes")]
    [InlineData("The documents reflect the company's internal deliberations about the recall and would cause reputational harm if disclosed.", Feature.HarmNamed, "would cause reputational harm")]
    [InlineData("Exhibit 7 is a chain of emails that was shared with no one else and is protected by the attorney-client privilege.", Feature.PrivilegeClaimed, "is protected by")]
    [InlineData("The complaint was attached to the Notice of Removal and contains exchanges protected by attorney-client privilege.", Feature.PrivilegeClaimed, "contains exchanges")]
    [InlineData("Exhibit 7 is a chain of emails between Acme's general counsel and its chief executive, written to seek legal advice about the recall.", Feature.LegalAdvice, "written to seek")]
    [InlineData("The attorneys, Williams & Cochrane, communicated with the State of California, proprietary attorney-work product, and other matters.", Feature.PrivilegeClaimed, "proprietary attorney-work product")]
    public void AQuoteCutInsideAClause_OpensAtTheNextClause_NotOnTheTailOfTheOneBefore(string text, Feature feature, string opening)
        => Assert.StartsWith(opening, StatementReader.Read(text).Single(f => f.Feature == feature).Quote, StringComparison.Ordinal);

    [Theory]
    [InlineData("Schedule B of the agreement sets the per-mile linehaul rates Harbor charges Cascade on each of its twelve lanes.", "linehaul rates")]
    [InlineData("Schedule B of the agreement sets out in detail the several tiers of service Harbor provides to Cascade on each of its twelve lanes.", "sets out in detail")]
    public void AQuoteCutInsideANounPhrase_TakesItsHeadNoun(string text, string ending)
        => Assert.EndsWith(ending, StatementReader.Read(text).Single(f => f.Feature == Feature.ConcreteContent).Quote, StringComparison.Ordinal);

    [Fact]
    public void AnAndJoiningNouns_DoesNotMoveTheQuote_OnlyOneOpeningASecondPredicate()
    {
        const string text = "The spreadsheets held by the finance group at the regional office list the prices and margins Velotek charges its top customers.";
        Assert.Contains("prices and margins", StatementReader.Read(text).Single(f => f.Feature == Feature.ConcreteContent).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteCutInsideAClause_NeitherOpensNorClosesOnAWordThatLeansOnTheNext()
    {
        // The sentence runs on well past the words either side of "competitors": the quote is cut there, and the cut
        // does not leave "of" or "the" hanging at either end.
        const string text = "In support of the motion the declarant, who has managed the account for many years, states that competitors of the company in the Western region and beyond would use the figures in each of the coming bid rounds for years.";
        var quote = StatementReader.Read(text).Single(f => f.Feature == Feature.Audience).Quote;

        Assert.Contains("competitors", quote, StringComparison.Ordinal);
        Assert.False(text.StartsWith(quote, StringComparison.Ordinal) || text.TrimEnd('.').EndsWith(quote, StringComparison.Ordinal), quote);
        var words = quote.Split(' ');
        Assert.DoesNotContain(words[0], Leaning);
        Assert.DoesNotContain(words[^1], Leaning);
    }

    [Theory]
    [InlineData("The agreement states the payment of $250,000.")]
    [InlineData("Our margin on the part is 12%.")]
    [InlineData("Our margin on the part is 12.5 percent.")]
    [InlineData("The redactions are the dollar amounts on page 139, from business negotiations.")]
    public void AnAmountOrAPercentage_IsContent(string text) => Assert.Contains(Feature.ConcreteContent, Features(text));

    // Each feature's words where they mean it, and a near miss where the same word does not: "jeopardy" is a threat
    // but not "double jeopardy"; an informant is named only by the words for the role; saying redaction would not do
    // asks for the whole document (Ticer v. Young); an agreement's own confidentiality term is relied on however it is
    // said, while an agreement that merely holds confidential terms is content, not reliance.
    [Theory]
    [InlineData("Disclosure would place the witness's life in jeopardy.", Feature.Threat, true)]
    [InlineData("Disclosure would jeopardize the witness's safety.", Feature.Threat, true)]
    [InlineData("The double-jeopardy argument is addressed in the brief.", Feature.Threat, false)]
    [InlineData("It would reveal the identity of a confidential informant.", Feature.InformantNamed, true)]
    [InlineData("The report names a cooperating witness.", Feature.InformantNamed, true)]
    [InlineData("The report names a witness to the accident.", Feature.InformantNamed, false)]
    [InlineData("The parties' cooperation in discovery was complete.", Feature.InformantNamed, false)]
    [InlineData("The exhibits contain passwords to Plaintiffs' online accounts.", Feature.CredentialsNamed, true)]
    [InlineData("The screenshots show the login credentials for the company's payroll portal.", Feature.CredentialsNamed, true)]
    [InlineData("The records are kept in password-protected files.", Feature.CredentialsNamed, false)]
    [InlineData("All of the documents are protected by the attorney-client privilege.", Feature.PrivilegeClaimed, true)]
    [InlineData("The memorandum is attorney work product prepared for this case.", Feature.PrivilegeClaimed, true)]
    [InlineData("Exhibit 4 reflects privileged communications with outside counsel.", Feature.PrivilegeClaimed, true)]
    [InlineData("The engineer's work product shows the valve's tolerances.", Feature.PrivilegeClaimed, false)]
    [InlineData("The petition holds the minors' addresses and privileged and confidential settlement information.", Feature.PrivilegeClaimed, false)]
    [InlineData("The emails are not privileged communications; they are ordinary business records.", Feature.PrivilegeClaimed, false)]
    [InlineData("The emails passed between the company's CEO and its general counsel.", Feature.PrivilegeFacts, true)]
    [InlineData("The director wrote the memo to seek legal advice about the recall.", Feature.LegalAdvice, true)]
    [InlineData("The redacted message is in-house counsel's advice to the product team on the disclosure's wording.", Feature.LegalAdvice, true)]
    [InlineData("The tenant, who has no lawyer, gives advice to other tenants.", Feature.LegalAdvice, false)]
    [InlineData("The director wrote the memo to seek legal advice about the recall.", Feature.PrivilegeFacts, false)]
    [InlineData("Pages 6 through 9 describe his debriefings with the FBI.", Feature.InformantNamed, true)]
    [InlineData("The report describes the briefing given to the board.", Feature.InformantNamed, false)]
    [InlineData("Both co-defendants are housed at the facility where he will serve his sentence.", Feature.Threat, true)]
    [InlineData("Plaintiff is housed at the facility's medical unit.", Feature.Threat, false)]
    [InlineData("If removed, he would be returned to a country that criminalizes same-sex conduct.", Feature.Threat, true)]
    [InlineData("The statute criminalizes the sale of counterfeit goods.", Feature.Threat, false)]
    [InlineData("Paragraphs 18 to 22 give the platform's daily active users by country.", Feature.ConcreteContent, true)]
    [InlineData("The users of the platform are described in general terms.", Feature.ConcreteContent, false)]
    [InlineData("Rivals would use the figures to gauge its standing in regional markets.", Feature.Mechanism, true)]
    [InlineData("Advertisers use the public dashboard every day.", Feature.Mechanism, false)]
    [InlineData("The company omits these figures from its public filings.", Feature.SecrecyMeasures, true)]
    [InlineData("The figures appear in its public filings.", Feature.SecrecyMeasures, false)]
    [InlineData("It cannot be ruled out that hackers could use the map.", Feature.OnlyPossible, true)]
    [InlineData("Anyone reading this would know exactly where to look for the device.", Feature.Mechanism, true)]
    [InlineData("Accused infringers would use the amounts to cap their own settlement offers.", Feature.Mechanism, true)]
    [InlineData("Rival makers would use the targets to structure their own incentive programs.", Feature.Mechanism, true)]
    [InlineData("Disclosure would let competitors preempt the launch.", Feature.Mechanism, true)]
    [InlineData("Claim farms would tailor their submissions to pass the screening.", Feature.Mechanism, true)]
    [InlineData("A suspect could watch for those signals to detect the device.", Feature.Mechanism, true)]
    [InlineData("The subjects have not been told that they are under investigation.", Feature.Mechanism, true)]
    [InlineData("The company has used the same structure for a decade.", Feature.Mechanism, false)]
    [InlineData("The subjects were told that they are under investigation last year.", Feature.Mechanism, false)]
    [InlineData("The affidavit gives the model of GPS tracker and where agents mounted it.", Feature.ConcreteContent, true)]
    [InlineData("The manual describes how the cell-site simulator is configured and its effective range.", Feature.ConcreteContent, true)]
    [InlineData("The FBI interview reports summarize three witnesses.", Feature.ConcreteContent, true)]
    [InlineData("The spreadsheet ranks its fifty largest advertiser accounts by annual spend.", Feature.ConcreteContent, true)]
    [InlineData("The deck lays out its unannounced expansion plans.", Feature.ConcreteContent, true)]
    [InlineData("The bulletin sets out dealer holdback percentages and incentive targets.", Feature.ConcreteContent, true)]
    [InlineData("The appendix lists the criteria it uses to flag fraudulent claims.", Feature.ConcreteContent, true)]
    [InlineData("The report describes the company's general approach to business.", Feature.ConcreteContent, false)]
    [InlineData("If the union saw them, it would know exactly how far we are willing to go on wages.", Feature.ConcreteContent, true)]
    [InlineData("The memo sets the walk-away price for each of the three sites.", Feature.ConcreteContent, true)]
    [InlineData("We went as far as we could to settle.", Feature.ConcreteContent, false)]
    [InlineData("Another inmate was stabbed after his cooperation became known.", Feature.Threat, true)]
    [InlineData("Two cooperators in related cases were assaulted in custody after their cooperation became known.", Feature.Mechanism, true)]
    [InlineData("An inmate who knew those gaps could time an assault or an escape attempt to them.", Feature.Mechanism, true)]
    [InlineData("The deputies time their rounds to the minute.", Feature.Mechanism, false)]
    [InlineData("If his cooperation became known, he would be at risk of retaliation.", Feature.Mechanism, false)]
    [InlineData("Their cooperation was known to the agents who debriefed them.", Feature.Mechanism, false)]
    [InlineData("The information should remain confidential to protect the children from harassment by relatives.", Feature.Threat, false)]
    [InlineData("Plaintiff states a fear of retaliation.", Feature.Threat, false)]
    [InlineData("Petitioner seeks to remain anonymous in order to protect his safety and security in prison.", Feature.Threat, false)]
    [InlineData("Petitioner seeks to remain anonymous in order to protect his safety and security in prison.", Feature.HarmNamed, true)]
    [InlineData("I am afraid for my safety if my name is published.", Feature.Threat, false)]
    [InlineData("Disclosure would put his safety at risk because the gang has threatened him.", Feature.Threat, true)]
    [InlineData("Plaintiff is a participant in California's Safe at Home program.", Feature.Threat, true)]
    [InlineData("Exhibit 12 sets out our fermentation yields for each production lot and our assay protocols.", Feature.ConcreteContent, true)]
    [InlineData("The batch records show the purification conditions for each lot.", Feature.ConcreteContent, true)]
    [InlineData("The exhibit describes our research.", Feature.ConcreteContent, false)]
    [InlineData("A competitor could use them to skip years of development.", Feature.Mechanism, true)]
    [InlineData("The company has spent years of development on the product.", Feature.Mechanism, false)]
    [InlineData("The rent roll lists every tenant, unit, monthly rent and lease expiration date.", Feature.ConcreteContent, true)]
    [InlineData("A competing landlord could approach each tenant before its lease expires.", Feature.Mechanism, true)]
    [InlineData("A competing landlord could approach each tenant before its lease expires.", Feature.Audience, true)]
    [InlineData("Our leasing agents approach each tenant every year.", Feature.Mechanism, false)]
    [InlineData("The court must balance the competing interests of the parties.", Feature.Audience, false)]
    [InlineData("Exhibit 4 shows the exact temperature and pressure settings of our curing ovens.", Feature.ConcreteContent, true)]
    [InlineData("A competitor could match our durability without the eight years of trial and error it took us.", Feature.Mechanism, true)]
    [InlineData("The protocols include the staging locations for an active-shooter response.", Feature.ConcreteContent, true)]
    [InlineData("Disclosing it would endanger agents and the public.", Feature.HarmNamed, true)]
    [InlineData("The permit concerns an endangered species habitat.", Feature.HarmNamed, false)]
    [InlineData("The letter discusses Plaintiff's miscarriage.", Feature.HealthNamed, true)]
    [InlineData("Her records describe the chemotherapy she received.", Feature.HealthNamed, true)]
    [InlineData("The exhibit is the surgical stapler's price list.", Feature.HealthNamed, false)]
    [InlineData("Recruiters from competing firms would call them to lure them away.", Feature.Mechanism, true)]
    [InlineData("Other inmates would consider him a snitch.", Feature.Mechanism, true)]
    [InlineData("The filing mentions the defendant's cooperation.", Feature.Mechanism, false)]
    [InlineData("The petition recounts my testimony, and inmates who read it would attack me.", Feature.Mechanism, true)]
    [InlineData("The people who read the complaint would see that we disagree.", Feature.Mechanism, false)]
    [InlineData("Bad actors would word their posts to stay just under the thresholds.", Feature.Mechanism, true)]
    [InlineData("Spammers would use the list to evade detection.", Feature.Mechanism, true)]
    [InlineData("Publishing them would put controlled defense data within reach of foreign governments.", Feature.Mechanism, true)]
    [InlineData("The plaintiff stayed under the speed limit, the report says.", Feature.Mechanism, false)]
    [InlineData("The moderation guidelines list the exact phrases and thresholds our reviewers use to remove posts.", Feature.ConcreteContent, true)]
    [InlineData("The franchisee's monthly gross sales for each location are in the exhibit.", Feature.ConcreteContent, true)]
    [InlineData("The exhibit contains technical drawings of the missile guidance housing.", Feature.ConcreteContent, true)]
    [InlineData("The expert drew conclusions about sales practices.", Feature.ConcreteContent, false)]
    [InlineData("The engineering drawings are designated confidential by Dunmore.", Feature.ConcreteContent, false)]
    [InlineData("The drawings could reach foreign governments.", Feature.Audience, true)]
    [InlineData("The witness described her foreign travel.", Feature.Audience, false)]
    [InlineData("The adverse event reports identify patients by age and site.", Feature.HealthNamed, true)]
    [InlineData("The ruling had an adverse effect on the company's stock.", Feature.HealthNamed, false)]
    [InlineData("Recruiters at rival firms would use it to make targeted offers to our engineers.", Feature.Mechanism, true)]
    [InlineData("The parties exchanged offers before mediation.", Feature.Mechanism, false)]
    [InlineData("Exhibit 12 is our claims reserve worksheet for this policy.", Feature.ConcreteContent, true)]
    [InlineData("It shows the reserve we set for this claim.", Feature.ConcreteContent, true)]
    [InlineData("The insurer reserves the right to deny coverage.", Feature.ConcreteContent, false)]
    [InlineData("Acme has never shared these margins outside the finance team.", Feature.ConcreteContent, true)]
    [InlineData("The royalty rates have not been disclosed to anyone outside the licensing group.", Feature.ConcreteContent, true)]
    [InlineData("The exhibit does not disclose any pricing.", Feature.ConcreteContent, false)]
    [InlineData("Exhibit 4 contains no margins or costs.", Feature.ConcreteContent, false)]
    [InlineData("Our pricing is confidential and we would be harmed if it were public.", Feature.ConcreteContent, false)]
    [InlineData("My deposition talks about my past drug use.", Feature.HealthNamed, true)]
    [InlineData("It shows every purchase I made for a year, including my doctor visits.", Feature.HealthNamed, true)]
    [InlineData("The doctor testified at trial.", Feature.HealthNamed, false)]
    [InlineData("Exhibit 7 is my bank statement for 2024.", Feature.ConcreteContent, true)]
    [InlineData("He completed a 30-day rehab program in 2019.", Feature.HealthNamed, true)]
    [InlineData("The officers seized drugs from the car.", Feature.HealthNamed, false)]
    [InlineData("The company's drug pricing is confidential.", Feature.HealthNamed, false)]
    [InlineData("Acme's margins are highly sensitive.", Feature.ConcreteContent, false)]
    [InlineData("Exhibit 9 lists our prices, which are confidential.", Feature.ConcreteContent, true)]
    [InlineData("Our per-unit prices to each distributor are confidential.", Feature.ConcreteContent, true)]
    [InlineData("The royalty rates EA pays are highly confidential.", Feature.ConcreteContent, false)]
    [InlineData("The exhibit is my mother's hospice record.", Feature.HealthNamed, true)]
    [InlineData("The hospital's billing rates are in Exhibit 2.", Feature.HealthNamed, false)]
    [InlineData("Money launderers could use the findings to route funds through the gaps.", Feature.Mechanism, true)]
    [InlineData("The findings route funds through the gaps.", Feature.Mechanism, false)]
    [InlineData("Money launderers could use the findings.", Feature.Audience, true)]
    [InlineData("Exhibit C contains the internal audit findings about weaknesses in its anti-money-laundering controls.", Feature.ConcreteContent, true)]
    [InlineData("The audit was thorough.", Feature.ConcreteContent, false)]
    [InlineData("Her husband has been arrested twice for violating a protective order and is looking for them.", Feature.Threat, true)]
    [InlineData("Her husband has been arrested twice for violating a protective order.", Feature.Designation, false)]
    [InlineData("The documents were produced under the protective order.", Feature.Designation, true)]
    [InlineData("Her income is relevant to damages.", Feature.HarmNamed, false)]
    [InlineData("Disclosure would damage its relationships with suppliers.", Feature.HarmNamed, true)]
    [InlineData("Disclosure of the award would invite other employees to bring similar claims.", Feature.FurtherLitigation, true)]
    [InlineData("The employees brought similar claims in 2019.", Feature.FurtherLitigation, false)]
    [InlineData("The claims were settled in 2019.", Feature.FurtherLitigation, false)]
    [InlineData("Revealing them would allow users to game the ranking.", Feature.Mechanism, true)]
    [InlineData("The royalty rates are confidential.", Feature.ConcreteContent, false)]
    [InlineData("EA keeps its licensing terms secret.", Feature.ConcreteContent, false)]
    [InlineData("EA keeps its licensing terms secret.", Feature.SecrecyMeasures, true)]
    [InlineData("The royalty rates in Exhibit 4 are what EA pays per unit.", Feature.ConcreteContent, true)]
    [InlineData("Exhibit 4 sets out the royalty rates EA pays, which are confidential.", Feature.ConcreteContent, true)]
    [InlineData("The Title IX report describes the sexual assault the plaintiff reported.", Feature.Threat, false)]
    [InlineData("The incident report recounts the assault on an inmate by two officers.", Feature.Threat, false)]
    [InlineData("Exhibit 4 is the video of the 2019 attack.", Feature.Threat, false)]
    [InlineData("The records describe my treatment for depression after the assault.", Feature.Threat, false)]
    [InlineData("She was hospitalized following the attack.", Feature.Threat, false)]
    [InlineData("The transcript recounts the details of the sexual assault.", Feature.Threat, false)]
    [InlineData("Members of the organization he informed on have threatened his family.", Feature.DangerActed, true)]
    [InlineData("The gang has murdered two cooperating witnesses in this district since 2019.", Feature.DangerActed, true)]
    [InlineData("He has received death threats since the trial.", Feature.DangerActed, true)]
    [InlineData("The supplement describes his cooperation with the government.", Feature.InformantNamed, true)]
    [InlineData("The parties' cooperation in discovery has been good.", Feature.InformantNamed, false)]
    [InlineData("Disclosure would put the confidential informant in danger of retaliation.", Feature.DangerActed, false)]
    [InlineData("No one has threatened him since the trial.", Feature.DangerActed, false)]
    [InlineData("Her former partner violated a protective order last year by appearing at her workplace.", Feature.DangerActed, true)]
    [InlineData("The royalty rates were disclosed in Defendant's 10-K filing.", Feature.ConcedesPublic, true)]
    [InlineData("The company has since reported its revenue figures in its public annual report.", Feature.ConcedesPublic, true)]
    [InlineData("Defendant publicly filed this document on two separate occasions.", Feature.ConcedesPublic, true)]
    [InlineData("The royalty rates have never been disclosed in any of Defendant's public filings.", Feature.ConcedesPublic, false)]
    [InlineData("The rates are not disclosed in its annual reports.", Feature.ConcedesPublic, false)]
    [InlineData("The rival gang is still looking for him.", Feature.DangerActed, true)]
    [InlineData("The court entered a protective order governing discovery.", Feature.DangerActed, false)]
    [InlineData("Plaintiff asks to redact the street address of her new apartment.", Feature.PersonalSubject, true)]
    [InlineData("Disclosing his identity could, perhaps, lead to retaliation.", Feature.OnlyPossible, true)]
    [InlineData("The media may someday seek to use the salary data.", Feature.OnlyPossible, true)]
    [InlineData("The floor plans, if they ever fell into the wrong hands, might be used in a hypothetical escape attempt.", Feature.OnlyPossible, true)]
    [InlineData("If the deputies' names were disclosed, someone might one day try to locate them.", Feature.OnlyPossible, true)]
    [InlineData("The plans would let an escaping inmate avoid the cameras.", Feature.OnlyPossible, false)]
    [InlineData("The danger is concrete rather than a hypothetical one.", Feature.OnlyPossible, false)]
    [InlineData("The 18-month-old child was removed from the home.", Feature.MinorNamed, true)]
    [InlineData("Her brothers, who remain there, would face reprisal.", Feature.WithinReach, true)]
    [InlineData("The people who live there use the park.", Feature.WithinReach, false)]
    [InlineData("Plaintiff is subject to a restraining order for threatening that neighbor.", Feature.DangerActed, true)]
    [InlineData("Plaintiff would learn who made the reports.", Feature.Mechanism, true)]
    [InlineData("They would face reprisal if those authorities learned she had sought protection in the United States.", Feature.Mechanism, true)]
    [InlineData("Two relatives have already pressed the guardian ad litem for access to the funds.", Feature.Mechanism, true)]
    [InlineData("The petition discloses the sum to be deposited in a blocked account.", Feature.ConcreteContent, true)]
    [InlineData("Disclosure would perhaps most directly harm the company's pricing.", Feature.OnlyPossible, false)]
    [InlineData("The suspect's associates have since asked around the neighborhood who \"talked to the cops.\"", Feature.DangerActed, true)]
    [InlineData("One of the co-conspirators has already sent word through his cousin.", Feature.DangerActed, true)]
    [InlineData("Fellow party members named in the notes were detained and tortured in 2021.", Feature.DangerActed, true)]
    [InlineData("The defendant was arrested in 2019.", Feature.DangerActed, false)]
    [InlineData("Counsel asked the witness who prepared the report.", Feature.DangerActed, false)]
    [InlineData("His family remains in the country he fled.", Feature.WithinReach, true)]
    [InlineData("The assailant, who was never charged, still lives in her town.", Feature.WithinReach, true)]
    [InlineData("Two of the co-conspirators remain at large.", Feature.WithinReach, true)]
    [InlineData("One of them was released from custody last month.", Feature.WithinReach, true)]
    [InlineData("Her family no longer lives in the country she fled.", Feature.WithinReach, false)]
    [InlineData("The company remains in the same market as its competitors.", Feature.WithinReach, false)]
    [InlineData("The declaration would show them she has cooperated with U.S. authorities.", Feature.InformantNamed, true)]
    [InlineData("The parties cooperated with each other in discovery.", Feature.InformantNamed, false)]
    [InlineData("The gang murdered his brother and threatened him.", Feature.DangerActed, true)]
    [InlineData("Inmates known to have debriefed are marked for death by that gang.", Feature.DangerActed, true)]
    [InlineData("The company's brother entities were marked for divestiture.", Feature.DangerActed, false)]
    [InlineData("Plaintiff is housed on a yard where its members are present.", Feature.WithinReach, true)]
    [InlineData("Plaintiff is housed in a unit with a television.", Feature.WithinReach, false)]
    [InlineData("The targets would drop those phones if they learned of the wiretap.", Feature.Mechanism, true)]
    [InlineData("The footage shows his fourteen-year-old daughter.", Feature.MinorNamed, true)]
    [InlineData("The 12-month-old infant was hospitalized.", Feature.MinorNamed, true)]
    [InlineData("The contract is five years old.", Feature.MinorNamed, false)]
    [InlineData("The plaintiff, a 34-year-old nurse, was terminated.", Feature.MinorNamed, false)]
    [InlineData("The sentencing memorandum discusses my client's childhood sexual abuse.", Feature.Threat, false)]
    [InlineData("Her U-visa application describes the domestic violence she suffered.", Feature.Threat, false)]
    [InlineData("Her former husband has threatened violence if he finds her.", Feature.Threat, true)]
    [InlineData("The sentencing memorandum discusses my client's childhood.", Feature.Audience, false)]
    [InlineData("Competitors would poach our clients.", Feature.Audience, true)]
    [InlineData("The documents are trade secrets.", Feature.ConfidentialLabel, true)]
    [InlineData("The trade show is open to the public.", Feature.ConfidentialLabel, false)]
    [InlineData("The report names the three employees who reported the assault.", Feature.Threat, false)]
    // A harassment recorded still speaks of danger (Lexicon.EventOfViolence).
    [InlineData("The report names the three employees who reported the harassment.", Feature.Threat, true)]
    [InlineData("The documents reveal my religious beliefs.", Feature.DescribesContent, true)]
    [InlineData("The pen test found unpatched servers in the billing network.", Feature.ConcreteContent, true)]
    [InlineData("Disclosure would expose security vulnerabilities.", Feature.ConcreteContent, false)]
    [InlineData("Disclosure could result in violence against her.", Feature.Threat, true)]
    [InlineData("If my status became public I could be reported and deported.", Feature.Threat, true)]
    [InlineData("The deportation order was entered in 2019 and is a public record.", Feature.PersonalSubject, false)]
    [InlineData("Exhibit 6 reveals that I am undocumented.", Feature.PersonalSubject, true)]
    [InlineData("If my status became public I would be separated from my two children.", Feature.MinorNamed, false)]
    [InlineData("Exhibit 3 holds my two children's school records.", Feature.MinorNamed, true)]
    [InlineData("The names of the undercover officers appear throughout the report.", Feature.InformantNamed, true)]
    [InlineData("Two of them are still working undercover, and publishing their names would end those investigations.", Feature.Mechanism, true)]
    [InlineData("Disclosure would end the litigation.", Feature.Mechanism, false)]
    [InlineData("A rival could use the renewal dates to approach each customer just before the contract expires.", Feature.Mechanism, true)]
    [InlineData("The sales team uses the renewal dates to plan its calls.", Feature.Mechanism, false)]
    [InlineData("The declaration describes the threats she received from her former husband.", Feature.Threat, true)]
    [InlineData("The man who assaulted her was released last month and knows where she works.", Feature.Threat, true)]
    [InlineData("Disclosure would expose him to assault by other inmates.", Feature.Threat, true)]
    [InlineData("Her former husband has harassed her at work twice since the divorce.", Feature.Threat, true)]
    [InlineData("He sent word that people who talk get found.", Feature.Threat, true)]
    [InlineData("The man she reported still lives in her building.", Feature.Threat, true)]
    [InlineData("His wife is in hiding in the village.", Feature.Threat, true)]
    [InlineData("Our prices have beaten every rival's for years.", Feature.Threat, false)]
    [InlineData("The supplier still lives up to its contract.", Feature.Threat, false)]
    [InlineData("The plea supplement describes the defendant's proffer about three co-conspirators.", Feature.InformantNamed, true)]
    [InlineData("The statements show the complete credit-card number and expiration date.", Feature.PersonalSubject, true)]
    [InlineData("The printout lists the caller's cell number and apartment number.", Feature.PersonalSubject, true)]
    [InlineData("The notes name the village where his wife is hiding and his credible-fear interview.", Feature.PersonalSubject, true)]
    [InlineData("The card game's rules are printed on the box.", Feature.PersonalSubject, false)]
    [InlineData("The exhibit gives the city she moved to after the divorce.", Feature.PersonalSubject, true)]
    [InlineData("The letter names her current employer.", Feature.PersonalSubject, true)]
    [InlineData("The company moved to a new city in 2019 and its current employer identification number is public.", Feature.PersonalSubject, false)]
    [InlineData("The psychiatrist's notes concern my son's overdose.", Feature.HealthNamed, true)]
    [InlineData("The declaration details the conservatee's dementia and incontinence.", Feature.HealthNamed, true)]
    [InlineData("The declaration details the conservatee's bank balances.", Feature.HealthNamed, false)]
    [InlineData("The same figures appear in its publicly filed Form 10-K.", Feature.ConcedesPublic, true)]
    [InlineData("The informant testified under his own name at the suppression hearing.", Feature.ConcedesPublic, true)]
    [InlineData("The figures are not in its publicly filed Form 10-K.", Feature.ConcedesPublic, false)]
    [InlineData("Defendant points only to the confidentiality legend stamped on each page.", Feature.Designation, true)]
    [InlineData("Defendant asks to seal all 62 pages of the patent license.", Feature.WholeRecord, true)]
    [InlineData("Defendant asks to seal pages 4 and 5 of the patent license.", Feature.WholeRecord, false)]
    [InlineData("The statements show her online banking username.", Feature.CredentialsNamed, true)]
    [InlineData("The engineers ruled out a design flaw.", Feature.OnlyPossible, false)]
    [InlineData("The chronology was prepared by counsel in anticipation of litigation.", Feature.PrivilegeFacts, true)]
    [InlineData("The notes reflect counsel's mental impressions of the witnesses.", Feature.PrivilegeFacts, true)]
    [InlineData("The invoices list the hours each lawyer billed.", Feature.PrivilegeFacts, false)]
    [InlineData("It involves confidential communications with the State of California, proprietary attorney-work product and other matters.", Feature.PrivilegeFacts, false)]
    [InlineData("It involves proprietary attorney-work product.", Feature.PrivilegeClaimed, true)]
    [InlineData("The report was prepared by the company's engineers after the fire.", Feature.PrivilegeFacts, false)]
    [InlineData("The pin cite is to page four of the declaration.", Feature.CredentialsNamed, false)]
    [InlineData("The letter mentions her diagnosis so often that redacting only certain words would be impractical.", Feature.WholeRecord, true)]
    [InlineData("It is not feasible to redact the report, which discusses his treatment throughout.", Feature.WholeRecord, true)]
    [InlineData("It is impracticable to redact the report.", Feature.WholeRecord, true)]
    [InlineData("We redacted the account numbers, as the rule requires.", Feature.WholeRecord, false)]
    [InlineData("The settlement agreement contains a clause requiring the parties to keep its terms confidential.", Feature.Agreement, true)]
    [InlineData("The settlement agreement provides that its terms shall remain confidential.", Feature.Agreement, true)]
    [InlineData("The license agreement obligates both sides to keep the royalty schedule secret.", Feature.Agreement, true)]
    [InlineData("The license agreement contains confidential royalty rates that competitors would use to undercut us.", Feature.Agreement, false)]
    [InlineData("If our other suppliers saw the prices, they would know the lowest price we have accepted.", Feature.Mechanism, true)]
    [InlineData("Bidders would refuse to bid below it in the negotiations we are now conducting.", Feature.Mechanism, true)]
    [InlineData("We would know the answer only after trial.", Feature.Mechanism, false)]
    [InlineData("The buyers refused to sign the agreement.", Feature.Mechanism, false)]
    [InlineData("Competitors would use them against EA.", Feature.Mechanism, false)]
    [InlineData("A rival licensor would use the rate against EA in negotiations this year.", Feature.Mechanism, true)]
    [InlineData("EA does not contend that other licensors would use the rates as a benchmark to demand the same rate.", Feature.Mechanism, false)]
    [InlineData("EA contends that other licensors would use the rates as a benchmark to demand the same rate.", Feature.Mechanism, true)]
    [InlineData("If the other tool makers learned the rate Carver pays, they would insist on it in their own licenses.", Feature.Mechanism, true)]
    [InlineData("If customers saw the new catalog, they would buy more of the product.", Feature.Mechanism, false)]
    [InlineData("If they learned of the lawsuit, they would not have signed.", Feature.Mechanism, false)]
    [InlineData("Every licensee would take that rate as a ceiling.", Feature.Mechanism, true)]
    [InlineData("The 2019 figures serve as a baseline for the expert's damages model.", Feature.Mechanism, false)]
    [InlineData("Bolt would lose the ability to negotiate each license on its own terms.", Feature.Mechanism, true)]
    [InlineData("Plaintiff would lose the ability to work in her field.", Feature.Mechanism, false)]
    [InlineData("If the adjudication were public, his current employer would learn of it and he would likely lose his job.", Feature.Mechanism, true)]
    [InlineData("His employer would learn of the suit and would likely be surprised.", Feature.Mechanism, false)]
    [InlineData("Filing it on the public docket would reach the employer that hired him after the sealing.", Feature.Mechanism, true)]
    [InlineData("The letter would reach the court clerk by Friday.", Feature.Mechanism, false)]
    [InlineData("The audit lists six control weaknesses in the wire-approval process that have not yet been remediated.", Feature.ConcreteContent, true)]
    [InlineData("The audit describes the bank's approval process.", Feature.ConcreteContent, false)]
    [InlineData("The defendant's associates have asked around the neighborhood who talked.", Feature.Threat, true)]
    [InlineData("The detective asked around the neighborhood about the car.", Feature.Threat, false)]
    [InlineData("He would be labeled a snitch in the general population.", Feature.Threat, true)]
    [InlineData("If it were public, those targets would know he cooperated.", Feature.Mechanism, true)]
    [InlineData("Rivals who saw them would bid just below in the March rebid.", Feature.Mechanism, true)]
    [InlineData("Anyone with a scanner could monitor a raid in real time.", Feature.Mechanism, true)]
    [InlineData("The court will monitor compliance with the order.", Feature.Mechanism, false)]
    [InlineData("Inmates who knew the intervals could time a suicide attempt between checks.", Feature.Mechanism, true)]
    [InlineData("The policy sets the intervals at which deputies check inmates on watch.", Feature.ConcreteContent, true)]
    [InlineData("The hearing was set at intervals of two weeks.", Feature.ConcreteContent, false)]
    [InlineData("A competitor with the agreement would know our rates for every product line.", Feature.Mechanism, true)]
    [InlineData("A competitor sued the company last year over the same agreement.", Feature.Mechanism, false)]
    [InlineData("Fraudsters who read it would tune their transactions to pass undetected.", Feature.Mechanism, true)]
    [InlineData("The transactions passed through the bank.", Feature.Mechanism, false)]
    [InlineData("If the target learned of our valuation, it would raise its asking price.", Feature.Mechanism, true)]
    [InlineData("If the target learned of the merger, it would raise no objection.", Feature.Mechanism, false)]
    [InlineData("The targets would know the schedule of the trial.", Feature.Mechanism, false)]
    [InlineData("If plaintiffs' counsel in other cases saw them, they would use the reserves to set their settlement demands.", Feature.Mechanism, true)]
    [InlineData("If the jury saw them, it would understand the claim.", Feature.Mechanism, false)]
    [InlineData("The claim file contains the insurer's reserve figures for this claim.", Feature.ConcreteContent, true)]
    [InlineData("The assay results and ore-grade estimates for the claims have not been reported to the market.", Feature.ConcreteContent, true)]
    [InlineData("Releasing them would hand the company's joint-venture counterparty leverage in negotiations now under way.", Feature.Mechanism, true)]
    [InlineData("The company gave its counsel the documents in March.", Feature.Mechanism, false)]
    [InlineData("Exhibit 19 reproduces the operative notes and pathology results of Patient A.", Feature.HealthNamed, true)]
    [InlineData("The exhibit reproduces the auditor's notes and the test results of the software build.", Feature.HealthNamed, false)]
    [InlineData("The map identifies the locations of its sacred burial sites.", Feature.ConcreteContent, true)]
    [InlineData("The sites have been looted twice since 2019.", Feature.DangerActed, true)]
    [InlineData("The site has been visited by many tourists.", Feature.DangerActed, false)]
    [InlineData("They were looted each time after a site's location was published.", Feature.Mechanism, true)]
    [InlineData("The memorandum was prepared to assess the company's exposure in the anticipated suit.", Feature.LegalAdvice, true)]
    [InlineData("The memorandum sets out outside counsel's evaluation of each claim.", Feature.LegalAdvice, true)]
    [InlineData("The report sets out the auditor's evaluation of each account.", Feature.LegalAdvice, false)]
    [InlineData("It was written after the demand letter, in view of the anticipated suit.", Feature.PrivilegeFacts, true)]
    [InlineData("The exhibit sets out its fuel-hedging positions by quarter.", Feature.ConcreteContent, true)]
    [InlineData("The spreadsheet shows the credit-score cutoffs and debt-to-income limits the model applies.", Feature.ConcreteContent, true)]
    [InlineData("Defendant seeks to redact the names of the three customers who terminated their contracts.", Feature.ConcreteContent, true)]
    [InlineData("The exhibit gives the firewall rules for each connection.", Feature.ConcreteContent, true)]
    [InlineData("The agreement sets the per-subscriber fee the service pays.", Feature.ConcreteContent, true)]
    [InlineData("The pages give the velocity limits that trigger a manual review.", Feature.ConcreteContent, true)]
    [InlineData("The minutes discuss the company's plan, not yet announced, to close its Ohio plant.", Feature.ConcreteContent, true)]
    [InlineData("The exhibit describes the company's history and its products.", Feature.ConcreteContent, false)]
    [InlineData("Disclosure would harm the company's hedging program generally.", Feature.ConcreteContent, false)]
    [InlineData("Defendant reserves the right to object.", Feature.ConcreteContent, false)]
    [InlineData("Her husband and children do not know of it.", Feature.Mechanism, true)]
    [InlineData("Her husband and children do not know of it.", Feature.MinorNamed, false)]
    [InlineData("Plaintiff is gay and has not come out to his family or employer.", Feature.Mechanism, true)]
    [InlineData("He has not disclosed his diagnosis to his employer.", Feature.Mechanism, true)]
    [InlineData("Traders could use it to bet against its positions before it can unwind them.", Feature.Mechanism, true)]
    [InlineData("Brokers aware of the cutoffs would tailor applications to fall just over them.", Feature.Mechanism, true)]
    [InlineData("Its competitors would target those customers' remaining business.", Feature.Mechanism, true)]
    [InlineData("Other streaming services would insist on the same fee.", Feature.Mechanism, true)]
    [InlineData("The other claimants would use the amount paid here as the floor for their demands.", Feature.Mechanism, true)]
    [InlineData("The parties treat the exhibit as confidential.", Feature.Mechanism, false)]
    [InlineData("Plaintiff seeks to seal the settlement agreement's payment schedule.", Feature.ConcreteContent, true)]
    [InlineData("Fraudsters could use it to keep their transactions below the limits.", Feature.Mechanism, true)]
    [InlineData("Competitors would recruit the plant's engineers before the company can offer them transfers.", Feature.Mechanism, true)]
    [InlineData("The company will target its marketing to new customers.", Feature.Mechanism, false)]
    [InlineData("The parties insist that the exhibit is confidential.", Feature.Mechanism, false)]
    [InlineData("The company has not disclosed the figures to its auditors.", Feature.Mechanism, false)]
    [InlineData("The report describes the children's injuries.", Feature.MinorNamed, true)]
    [InlineData("The testimony concerns the plaintiff's extramarital affair.", Feature.PersonalSubject, true)]
    [InlineData("The testimony concerns the company's business affairs.", Feature.PersonalSubject, false)]
    [InlineData("The defendant's brother has told others he will \"find her\".", Feature.Threat, true)]
    [InlineData("The investigator told the court he will find the records.", Feature.Threat, false)]
    [InlineData("The declaration describes where the witness now lives and works.", Feature.PersonalSubject, true)]
    [InlineData("The declaration describes where the plant is located.", Feature.PersonalSubject, false)]
    [InlineData("The witnesses are not parties and their home addresses have nothing to do with the issues.", Feature.PersonalSubject, true)]
    [InlineData("The witnesses are not parties and their home addresses have nothing to do with the issues.", Feature.NonPartyNamed, true)]
    [InlineData("The exhibit does not list names and home addresses.", Feature.PersonalSubject, false)]
    [InlineData("The exhibit does not list the witnesses and the addresses they gave.", Feature.PersonalSubject, false)]
    [InlineData("Her coworkers and her children's school do not know she is HIV-positive.", Feature.MinorNamed, false)]
    [InlineData("The exhibit holds the child's school records and his IEP.", Feature.MinorNamed, true)]
    [InlineData("The report describes the child's injuries.", Feature.MinorNamed, true)]
    [InlineData("Defendant asserts that no prejudice will result from sealing these orders.", Feature.DisclaimsHarm, false)]
    [InlineData("Plaintiff will suffer no prejudice from filing the exhibit under seal.", Feature.DisclaimsHarm, false)]
    [InlineData("EA has no objection to the public filing of the exhibit and will suffer no harm from it.", Feature.DisclaimsHarm, true)]
    [InlineData("Public filing of the exhibit would not hurt EA.", Feature.DisclaimsHarm, true)]
    [InlineData("EA does not object to the public filing of a redacted version that omits the royalty rates.", Feature.DisclaimsHarm, false)]
    [InlineData("EA would not be harmed by a public version that redacts the royalty rates.", Feature.DisclaimsHarm, false)]
    [InlineData("EA doesn't contend that other licensors would use the rates as a benchmark to demand the same rate.", Feature.Mechanism, false)]
    [InlineData("It is not true that other licensors would use the rates as a benchmark to demand the same rate.", Feature.Mechanism, false)]
    [InlineData("EA does not contend that the whole agreement is confidential; other licensors would use the rate schedule as a benchmark to demand the same rate.", Feature.Mechanism, true)]
    [InlineData("No harm would result to EA from disclosure of its public marketing materials.", Feature.DisclaimsHarm, true)]
    [InlineData("EA would suffer serious harm, and it objects to the public filing of the exhibit.", Feature.DisclaimsHarm, false)]
    [InlineData("It is possible that a former inmate could use the deputies' names to find out where they live.", Feature.OnlyPossible, true)]
    [InlineData("A rival might be able to piece together our pricing strategy from the exhibit.", Feature.OnlyPossible, true)]
    [InlineData("A competitor could conceivably reverse-engineer the formulation.", Feature.OnlyPossible, true)]
    [InlineData("Their disclosure could, in theory, affect the reputations of the physicians named.", Feature.OnlyPossible, true)]
    [InlineData("In theory and in practice, competitors would use the margins to undercut our bids.", Feature.OnlyPossible, false)]
    [InlineData("Competitors could use the margins to undercut our bids.", Feature.OnlyPossible, false)]
    [InlineData("It is possible to file a redacted version that omits the margins.", Feature.OnlyPossible, false)]
    [InlineData("It is not possible to redact the exhibit without losing its meaning.", Feature.OnlyPossible, false)]
    public void AFeaturesWords_AreFoundWhereTheyMeanIt(string text, Feature feature, bool found) => Assert.Equal(found, Features(text).Contains(feature));

    [Fact]
    public void ADollarSign_WithoutAFigure_IsNot() => Assert.DoesNotContain(Feature.ConcreteContent, Features("The agreement is worth a great deal of $ to us."));

    [Fact]
    public void NegatedLabel_IsNotALabel()
    {
        Assert.DoesNotContain(Feature.ConfidentialLabel, Features("The schedule is not merely confidential; it names each guard post."));
        Assert.Contains(Feature.ConfidentialLabel, Features("The schedule is confidential."));
    }

    [Fact]
    public void NegatedDesignation_IsNotReliedOn()
    {
        Assert.DoesNotContain(Feature.Designation, Features("We do not rest on the protective order designation alone."));
        Assert.Contains(Feature.Designation, Features("The exhibit was designated confidential under the protective order."));
    }

    [Fact]
    public void NotPubliclyAvailable_IsSecrecy_NotANegation()
        => Assert.Contains(Feature.SecrecyMeasures, Features("The formula is not publicly available and is kept confidential."));

    [Fact]
    public void TheOtherSidesPosition_AnsweredInTheNextSentence_IsNotTheMovants()
    {
        var found = Features("Plaintiffs argue that disclosure could harm nobody. That is wrong: the royalty rates would let licensees demand the same terms.");

        Assert.DoesNotContain(Feature.Speculation, found);
        Assert.Contains(Feature.Mechanism, found);
    }

    [Fact]
    public void TheOtherSidesPosition_AnsweredInTheSameSentence_IsNotTheMovants()
        => Assert.DoesNotContain(Feature.Speculation, Features("Defendant contends the harm is only speculative, but the prices are current."));

    [Fact]
    public void AReportedPosition_NotAnswered_IsTheMovantsOwn()
        => Assert.Contains(Feature.HarmNamed, Features("Defendant argues that disclosure would harm its competitive standing."));

    [Fact]
    public void AnAudienceNoun_ThatNamesTheInformation_IsContent_NotWhoWouldUseIt()
    {
        Assert.DoesNotContain(Feature.Audience, Features("The exhibit lists customer names and data about competitors."));
        Assert.Contains(Feature.Audience, Features("Competitors would use the list to solicit our accounts."));
    }

    [Fact]
    public void UnidentifiedActors_AreFound_UnlessTheyNameWhereTheInformationCameFrom()
    {
        Assert.Contains(Feature.VagueActors, Features("The data could help hostile actors."));
        Assert.DoesNotContain(Feature.VagueActors, Features("The documents reveal statistics from third parties."));
    }

    [Theory]
    [InlineData("He asks the Court to seal the entire judicial record.", true)]
    [InlineData("Redaction of the entire joint letter is necessary.", true)]
    [InlineData("Plaintiff asks to maintain all case documents under seal.", true)]
    [InlineData("Only the entire page 4 table of royalty rates should be redacted.", false)]
    public void AWholeRecord_IsFound_ThoughAWordOrTwoNameIt(string text, bool whole) => Assert.Equal(whole, Features(text).Contains(Feature.WholeRecord));

    [Fact]
    public void ANarrowerRequestInTheAlternative_IsFound()
    {
        Assert.Contains(Feature.Alternative, Features("He asks to seal the entire record or, in the alternative, to redact his name."));
        Assert.DoesNotContain(Feature.Alternative, Features("He asks to seal the entire record."));
    }

    [Fact]
    public void WhoDesignatedTheMaterial_IsItsSource_NotAnActorFeared()
    {
        Assert.DoesNotContain(Feature.VagueActors, Features("The documents, designated Highly Confidential by third parties, reveal pricing information."));
        Assert.Contains(Feature.VagueActors, Features("Third parties could misuse the pricing information."));
    }

    [Theory]
    [InlineData("Naming them would subject those individuals to potential harm.", true)]
    [InlineData("The list names potential customers and their orders.", false)]
    public void PotentialHarm_Speculates_PotentialCustomers_DoNot(string text, bool speculates) => Assert.Equal(speculates, Features(text).Contains(Feature.Speculation));

    [Fact]
    public void AProtectiveAgreement_IsADesignation()
        => Assert.Contains(Feature.Designation, Features("The sole ground is the parties' Stipulated Protective Agreement."));

    [Theory]
    [InlineData("He seeks to remain anonymous to protect his safety in prison.", true)]
    [InlineData("The report concerns product safety testing.", false)]
    // A person's safety protected is a harm named in general terms; a danger shown (a threat) is more (tests above).
    public void APersonsSafety_IsAHarmNamed(string text, bool named) => Assert.Equal(named, Features(text).Contains(Feature.HarmNamed) || Features(text).Contains(Feature.Threat));

    [Theory]
    [InlineData("The exhibits hold jail inmates' personal identifying information.", false)]
    [InlineData("The affidavit recounts privileged attorney-client communications.", false)]
    [InlineData("The documents include confidential information identifying inmates.", false)]
    [InlineData("Inmates would use the schedule to plan an escape.", true)]
    [InlineData("The report would let competitors' engineers copy the design.", true)]
    public void WhoseInformationItIs_IsContent_NotWhoWouldUseIt(string text, bool audience) => Assert.Equal(audience, Features(text).Contains(Feature.Audience));

    [Fact]
    public void TypographicQuotesAndSpacing_DoNotHideWords()
        => Assert.Contains(Feature.Designation, Features("Marked \u201Chighly   confidential\u201D\nunder the\tprotective order."));

    [Theory]
    [InlineData("Disclosure would allow competitors to undercut our prices.", true)]
    [InlineData("Confidential.", true)]
    [InlineData("La información contiene datos confidenciales de la empresa y su divulgación causaría un daño.", false)]
    [InlineData("Die Unterlagen enthalten vertrauliche Preise, deren Offenlegung uns schaden würde.", false)]
    [InlineData("これらの文書には機密の価格情報が含まれています。", false)]
    [InlineData("The government's opposition discusses sensitive law enforcement techniques.", true)]
    public void English_IsTold_FromOtherLanguages(string text, bool english) => Assert.Equal(english, StatementReader.IsEnglish(text));

    [Fact]
    public void AStatementAtTheLimit_IsReadWithoutTimingOut()
    {
        var text = string.Concat(Enumerable.Repeat("Disclosure could harm us, because competitors, suppliers and others might use it. ", 130))[..SealingRules.Contract.Shapes.StatementLimit];
        Assert.NotEmpty(StatementReader.Read(text));
    }

    [Theory]
    [InlineData("Pricing.", true)]
    [InlineData("Plaintiff's medical records.", true)]
    [InlineData("It is confidential.", false)]
    [InlineData("Exhibit 4 contains pricing.", false)]
    [InlineData("Nev. Rev. Stat. § 176.156(5).", false)]
    [InlineData("(Doc. 106).", false)]
    public void ANounAlone_IsToldFromAShortSentenceOrACitation(string text, bool noun) => Assert.Equal(noun, StatementReader.IsANounAlone(text));

    [Theory]
    [InlineData("Royalty rates pricing competitors undercut bids margins trade secret harm customers contracts negotiation leverage.", false)]
    [InlineData("Royalty rates, pricing, competitors, undercut, bids, margins, harm.", false)]
    [InlineData("Likewise, Sempier's psychosexual evaluation contains confidential information.", true)]
    [InlineData("The exhibits list customers' names, phone numbers, addresses and purchase histories.", true)]
    [InlineData("Competitors would use the royalty rates to undercut us.", true)]
    public void AStringOfKeywords_IsNotASentence(string text, bool sentence) => Assert.Equal(sentence, StatementReader.IsASentence(text));

    [Theory]
    [InlineData("Competitors, licensors, customers, negotiations, benchmark, trade secret, irreparable harm, competitive standing.", true)]
    [InlineData("La información contiene precios confidenciales y su divulgación causaría un daño a la empresa.", false)]
    [InlineData("Competitors would use the royalty rates to undercut our bids.", false)]
    public void KeywordsAreToldFromAnotherLanguage(string text, bool keywords) => Assert.Equal(keywords, StatementReader.IsKeywords(text));

    [Fact]
    public void KeywordsBesideASentence_AreNotRead_AndKeywordsAlone_AreNotProse()
    {
        // The sentence about the weather is read, and carries nothing; the keywords after it are found as keywords, and read for nothing else.
        var found = StatementReader.Read("The weather is nice today. Royalty rates, pricing, competitors, undercut, bids, margins, harm.");
        Assert.Equal([Feature.Keywords], found.Select(f => f.Feature));
        Assert.Equal("Royalty rates, pricing, competitors, undercut, bids ...", found[0].Quote);
        Assert.False(StatementReader.IsEnglish("Royalty rates pricing competitors undercut bids margins trade secret harm customers contracts."));
        // The same words in a sentence are read.
        Assert.Contains(Feature.Mechanism, Features("Competitors would use the royalty rates to undercut us."));
    }
}
