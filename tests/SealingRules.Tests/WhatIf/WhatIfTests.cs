using FsCheck.Xunit;
using SealingRules.Model;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Properties;
using SealingRules.Tests.Support;
using SealingRules.WhatIf;
using Xunit;
using Xunit.Abstractions;

namespace SealingRules.Tests.WhatIf;

public sealed class WhatIfTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void EveryChange_ForEveryExample_GivesItsOutcome_AndIsMinimal(string slug)
    {
        var json = new ExampleCase(slug).RequestJson;

        Assert.Empty(WhatIfCheck.Problems(json, Shared.Service.WhatIf(json)));
    }

    [Fact]
    public void EveryItemWithoutItsRelief_GetsAdviceOrThePlainAnswerThatNoneIsWithinReach()
    {
        int items = 0, changed = 0, short_ = 0, advised = 0, none = 0;
        foreach (var example in ExampleCase.All())
        {
            var whatIf = Shared.Service.WhatIf(example.RequestJson);
            items += whatIf.Items.Count;
            changed += whatIf.Items.Count(i => i.Changes.Count > 0);
            foreach (var i in whatIf.Items.Where(i => i.Relief != Model.Relief.Full))
            {
                short_++;
                // Narrowing the request wins what is left of it, not what was asked: it does not answer whether anything does.
                var wins = i.Changes.Any(c => c.Direction == Direction.TowardRelief && c.Relief == Model.Relief.Full && !c.Dimensions.Contains("request"));
                if (wins) advised++;
                if (i.WithinReach is not null) none++;
                // Exactly one of the two: a change within reach that wins, or the plain answer that there is none.
                Assert.True(wins ^ i.WithinReach is not null, $"{example.Slug}/{i.Id}");
            }
        }
        output.WriteLine($"{changed} of {items} items have at least one change; of {short_} without their relief, {advised} have a change within reach that wins it and {none} are told none is");
        Assert.True(changed >= 0.75 * items, $"{changed} of {items}");
    }

    [Fact]
    public void TheSeed_ChangesGoTowardTheReliefFirst_AndSayWhatWouldDecide()
    {
        var whatIf = Shared.Service.WhatIf(new ExampleCase("al-otro-lado-2019").RequestJson);

        var plan = whatIf.Items.Single(i => i.Id == "ex-pi-43");
        var win = plan.Changes[0];
        Assert.Equal(Direction.TowardRelief, win.Direction);
        Assert.Equal(Model.Outcome.Seal, win.Outcome);
        Assert.Equal("compelling/security-risk", win.DecidedBy);
        Assert.Contains("specific facts tied to the information rather than a general concern", win.Explanation);
        foreach (var item in whatIf.Items)
            Assert.True(item.Changes.SkipWhile(c => c.Direction == Direction.TowardRelief).All(c => c.Direction == Direction.AwayFromRelief));
    }

    [Fact]
    public void WhyNot_NamesTheRulesThatWouldHaveGrantedIt_AndWhatTheyLacked()
    {
        var plan = Shared.Service.WhatIf(new ExampleCase("al-otro-lado-2019").RequestJson).Items.Single(i => i.Id == "ex-pi-43");

        var security = Assert.Single(plan.WhyNot!, w => w.Rule == "compelling/security-risk");
        Assert.Equal(["the harm claimed is shown with specific facts"], security.Unmet);
        Assert.Equal(["ex-pi-43-plan"], security.Concerns);
        // Rules for other kinds of information (officials' phone numbers, medical records) are not offered.
        Assert.DoesNotContain(plan.WhyNot!, w => w.Rule.StartsWith("officials/", StringComparison.Ordinal) || w.Rule == "privacy/medical-records");
    }

    [Fact]
    public void WhyNot_SaysInWordsThatTheDesignatingPartyMustMakeTheShowing()
    {
        // Another party's personnel files, filed by the plaintiff with only its own words for them.
        const string request = """
            { "schemaVersion": 1, "court": "D. Nev.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "discovery",
                "items": [ { "id": "ex-3", "request": "seal", "designatedBy": "opposing-party",
                  "information": [ { "id": "ex-3-files", "kind": "personnel-record", "about": "private-individual" } ],
                  "harms": [ { "kind": "privacy", "evidence": "declaration", "statement": "Exhibit 3 holds the disciplinary files of three non-party employees, whose evaluations and pay would be exposed to their co-workers and to anyone who searches their names." } ] } ] } ] }
            """;

        var whyNot = Shared.Service.WhatIf(request).Items.Single().WhyNot ?? [];

        Assert.Contains(whyNot, w => w.Unmet.Contains("the showing is made by the party that designated the material"));
        Assert.DoesNotContain(whyNot, w => w.Unmet.Any(u => u.Contains("comes from the designator", StringComparison.Ordinal)));
    }

    [Fact]
    public void AReasonOffered_ForAnotherPartysMaterial_IsTheDesignatingPartys()
    {
        // The filer of another party's personnel files cannot make the showing: the change that wins is the designating
        // party's declaration, said so and patched so (once: "If the movant showed ..." beside "the filing party cannot").
        const string request = """
            { "schemaVersion": 1, "court": "W.D. Wash.", "asOf": "2025-05-02",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "discovery",
                "items": [ { "id": "ex-4", "request": "seal", "designatedBy": "opposing-party",
                  "information": [ { "id": "ex-4-files", "kind": "personnel-record", "about": "private-individual" } ] } ] } ] }
            """;

        var changes = Shared.Service.WhatIf(request).Items.Single().Changes.Where(c => c.Dimensions.Contains("reason offered")).ToList();

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.StartsWith("If the party that designated the material showed", c.Explanation, StringComparison.Ordinal));
        Assert.All(changes, c => Assert.Contains(c.Patch, op => op.Op == "add" && op.Value is Newtonsoft.Json.Linq.JToken v && v.ToString().Contains("designating-party", StringComparison.Ordinal)));
    }

    [Fact]
    public void WhyNot_NeverNamesACollectionsType()
    {
        // Another party's HR report, filed on its designation alone: the identifying-details rule also asks what else the
        // item holds, a collection whose type once printed as "there is an i enumerable`1".
        const string request = """
            { "schemaVersion": 1, "court": "W.D. Wash.", "asOf": "2025-05-02",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "discovery",
                "items": [ { "id": "ex-5", "request": "redact", "designatedBy": "opposing-party", "protectiveOrderOnly": true, "remainder": "not-confidential",
                  "information": [ { "id": "ex-5-names", "kind": "name", "about": "private-individual" },
                                   { "id": "ex-5-findings", "kind": "investigative-file", "about": "private-individual" } ] } ] } ] }
            """;

        var whyNot = Shared.Service.WhatIf(request).Items.Single().WhyNot ?? [];

        Assert.Contains(whyNot, w => w.Rule == "privacy/identifying-details");
        Assert.DoesNotContain(whyNot, w => w.Unmet.Any(u => u.Contains("enumerable", StringComparison.OrdinalIgnoreCase) || u.Contains('`')));
    }

    [Theory]
    [InlineData("party", "the party concerned")]
    [InlineData("private-individual", "the people concerned")]
    public void TheRiskToPersonsFinding_NamesWhomTheInformationConcerns(string about, string concerned)
    {
        var request = $$"""
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment",
              "items": [ { "id": "i", "request": "redact", "information": [ { "id": "p", "kind": "medical", "about": "{{about}}" } ],
                "harms": [ { "kind": "privacy", "showing": "specific", "evidence": "declaration" } ] } ] } ] }
            """;

        var steps = Shared.Service.Evaluate(request).Motions[0].Items[0].Reasoning;

        Assert.Contains(steps, s => s.Rule == "compelling/risk-to-persons" && s.Finding.Contains($"would expose {concerned} to", StringComparison.Ordinal));
    }

    [Fact]
    public void WhyNot_NamesOnlyTheHarmsTheInformationCouldCarry()
    {
        // Licensing terms with a generalized competitive-harm claim: a party holding licensing terms is a business, so
        // the rule for risks to persons (privacy, safety, persecution) is never offered for them.
        var request = new ExampleCase("exercises/06-whole-document-or-narrow-redaction").RequestJson;
        var parsed = new SealingRules.Contract.RequestReader().Read(request);

        foreach (var item in Shared.Service.WhatIf(request).Items)
            foreach (var why in item.WhyNot ?? [])
                foreach (var unmet in why.Unmet.Where(u => u.StartsWith("the harm claimed is ", StringComparison.Ordinal) && !u.StartsWith("the harm claimed is shown", StringComparison.Ordinal)))
                    foreach (var infoId in why.Concerns)
                    {
                        var info = parsed.Information.Single(i => i.Id == infoId);
                        var allowed = SealingRules.WhatIf.PlausibleHarms.Particular(info.Kind, info.About, info.PartyType).Select(Phrases.Harm).ToList();
                        var named = Enum.GetValues<HarmKind>().Select(Phrases.Harm).Where(h => unmet.Contains(h, StringComparison.Ordinal)).ToList();
                        Assert.NotEmpty(named);
                        Assert.All(named, h => Assert.Contains(h, allowed));
                    }
        Assert.DoesNotContain(Shared.Service.WhatIf(request).Items.Single(i => i.Id == "ex-a-draft-pla").WhyNot!,
            w => w.Rule == "compelling/risk-to-persons" && w.Concerns.Contains("ex-a-license-terms"));
    }

    [Fact]
    public void WhyNot_WhereNoHarmIsClaimed_OffersOnlyRulesForAHarmTheInformationCouldCarry()
    {
        // Two companies' settlement terms, resting on their confidentiality clause alone: no harm claimed at all. Safety,
        // persecution and law enforcement are no reason either company could give for them; competitive harm is.
        var whyNot = Shared.Service.WhatIf(new ExampleCase("exercises/17-a-confidentiality-clause").RequestJson).Items
            .SelectMany(i => i.WhyNot ?? []).ToList();

        Assert.Contains(whyNot, w => w.Rule == "compelling/competitive-harm" && w.Unmet.Contains("a harm is claimed and shown"));
        Assert.DoesNotContain(whyNot, w => w.Rule is "compelling/risk-to-persons" or "compelling/law-enforcement-harm" or "compelling/improper-use");
    }

    [Fact]
    public void WhyNot_WhereNoHarmIsClaimed_ForAPersonsInformation_StillOffersTheRisksToPersons()
    {
        // The near miss: a private person's medical records, no reason given: privacy is hers to claim.
        const string request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment",
                "items": [ { "id": "ex-1", "request": "seal", "information": [ { "id": "rec", "kind": "medical", "about": "private-individual" } ] } ] } ] }
            """;
        var whyNot = Shared.Service.WhatIf(request).Items.Single().WhyNot ?? [];

        Assert.Contains(whyNot, w => w.Rule == "compelling/risk-to-persons");
    }

    [Fact]
    public void WhyNot_ReadsTheShowingReadFromTheWords_AndOffersOnlyWhatThePartyCouldShow()
    {
        // A supplier's price table, its reason given only in words that read as conclusory.
        const string request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment",
                "items": [ { "id": "ex-3", "request": "seal",
                  "information": [ { "id": "ex-3-prices", "kind": "pricing-terms", "about": "party" } ],
                  "harms": [ { "kind": "competitive-harm", "evidence": "declaration",
                    "statement": "The agreement contains highly confidential business information, and its disclosure would cause competitive harm." } ] } ] } ] }
            """;

        var plan = Shared.Service.WhatIf(request).Items.Single();

        // The claim the decision read is there: what it lacks is a specific showing, not a claim.
        var pricing = Assert.Single(plan.WhyNot!, w => w.Rule == "compelling/pricing-and-royalty-terms");
        Assert.Equal(["the harm claimed is shown with specific facts"], pricing.Unmet);
        Assert.DoesNotContain(plan.WhyNot!, w => w.Unmet.Any(u => u.Contains("a harm is claimed", StringComparison.Ordinal)));
        // Not the court's own reading, the standard the law applies, privilege, Rule 5.2 identifiers or spite and libel.
        Assert.DoesNotContain(plan.WhyNot!, w => w.Unmet.Any(u => u.Contains("court review", StringComparison.Ordinal)
            || u.Contains("standard", StringComparison.Ordinal) || u.Contains("rests on", StringComparison.Ordinal)
            || u.Contains("rule52", StringComparison.Ordinal) || u.Contains("improper use", StringComparison.Ordinal)));
    }

    [Fact]
    public void WordsToAdd_ForADanger_SpeakOfThePartyItself_WhereTheNameIsItsOwn()
    {
        // Doe v. Gipson's facts: a prisoner's own name; the example was "The people named in the name have received
        // threats …", words about someone else.
        const string request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2012-06-12",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "other", "relationToMerits": "more-than-tangential",
                "items": [ { "id": "petition", "request": "redact",
                  "information": [ { "id": "petition-name", "kind": "name", "about": "party" } ],
                  "harms": [ { "kind": "safety", "statement": "He seeks to remain anonymous to protect his safety in prison." } ] } ] } ] }
            """;

        var changes = Shared.Service.WhatIf(request).Items.Single().Changes;

        Assert.Contains(changes, c => c.Direction == Direction.TowardRelief && c.Explanation.Contains("The party has received threats", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Explanation.Contains("The people named in", StringComparison.Ordinal));
    }

    [Fact]
    public void APrisonersHabeasAction_IsNeverOfferedTradeSecrets_ForHisOwnName()
    {
        // Doe v. Gipson's action with a strong paragraph: the what-if proposed "if the declaration claimed the disclosure
        // of trade secrets … Competitors … would use the name to undercut our prices". A party's own name is on the
        // caption; it is no one's trade secret, and no competitor's target.
        const string request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2012-06-12",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "other", "relationToMerits": "more-than-tangential",
                "items": [ { "id": "action", "request": "seal",
                  "information": [ { "id": "name", "kind": "name", "about": "party" }, { "id": "rest", "kind": "other", "about": "party" } ],
                  "harms": [ { "kind": "safety", "statement": "I testified against gang members and have received written threats since. If my name appears on this petition, inmates would attack me." } ] } ] } ] }
            """;

        var changes = Shared.Service.WhatIf(request).Items.Single().Changes;

        Assert.DoesNotContain(changes, c => c.Explanation.Contains("trade secrets", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Explanation.Contains("competitive", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void APartysOwnName_ClaimedPrivate_IsOfferedNoPrivacySentence_AndNothingWithinReach()
    {
        // The caption makes a party's name public (Fed. R. Civ. P. 10(a)); saying it is private does not make it so,
        // and advising a party to say so would be advice no court credits. A pseudonym the court allows would.
        var request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment",
                "items": [ { "id": "ex-3", "request": "redact",
                  "information": [ { "id": "ex-3-info", "kind": "name", "about": "party" } ],
                  "harms": [ { "kind": "privacy", "evidence": "declaration", "statement": "This information is private and should not be public." } ] } ] } ] }
            """;

        var plan = Shared.Service.WhatIf(request).Items.Single();

        Assert.DoesNotContain(plan.Changes, c => c.Explanation.Contains("own private affairs", StringComparison.Ordinal));
        Assert.Equal("No change of fact within the party's control wins the redactions requested here.", plan.WithinReach);
        Assert.Contains(plan.WhyNot!, w => w.Rule == "privacy/pseudonym-allowed");
    }

    [Theory]
    [InlineData("private-individual", "pricing-terms", "identifies people who are not parties to this case")]
    public void WordsClaimingPrivacy_AreOfferedAPrivacySentence_NeverAClaimOfThreats(string about, string kind, string offered)
    {
        var request = $$"""
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment",
                "items": [ { "id": "ex-3", "request": "redact",
                  "information": [ { "id": "ex-3-info", "kind": "{{kind}}", "about": "{{about}}" } ],
                  "harms": [ { "kind": "privacy", "evidence": "declaration", "statement": "This information is private and should not be public." } ] } ] } ] }
            """;

        var changes = Shared.Service.WhatIf(request).Items.Single().Changes;

        // The offer wins the relief (the search keeps only changes that do), says whose facts these are, and claims no danger.
        Assert.Contains(changes, c => c.Direction == Direction.TowardRelief && c.Explanation.Contains(offered, StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Explanation.Contains("threats", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"restsOn\": [\"privilege\"], ", "Exhibit 8 should stay sealed for its confidential content.")]
    [InlineData("", "Exhibit 8 is protected by the attorney-client privilege.")]
    public void APrivilegeOnlyNamed_IsOfferedTheFactsThatMakeItPrivileged_NotAHarm(string restsOn, string words)
    {
        var request = $$"""
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment",
                "items": [ { "id": "ex-8", "request": "seal", {{restsOn}}
                  "information": [ { "id": "ex-8-emails", "kind": "other", "about": "party" } ],
                  "harms": [ { "kind": "privacy", "evidence": "declaration", "statement": "{{words}}" } ] } ] } ] }
            """;

        var changes = Shared.Service.WhatIf(request).Items.Single().Changes;

        Assert.Contains(changes, c => c.Direction == Direction.TowardRelief && c.Explanation.Contains("what makes the material privileged", StringComparison.Ordinal)
            && c.Explanation.Contains("to seek legal advice", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Explanation.Contains("unwanted contact", StringComparison.Ordinal));
        Assert.Empty(WhatIfCheck.Problems(request, Shared.Service.WhatIf(request)));
    }

    [Fact]
    public void AChange_NamesThePart_AsTheFilerNamesIt()
    {
        const string request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2024-03-01",
              "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment",
                "items": [ { "id": "ex-3", "title": "Supplier agreement", "request": "seal", "remainder": "not-confidential",
                  "information": [ { "id": "ex-3-prices", "kind": "pricing-terms", "about": "party", "label": "price table" } ],
                  "harms": [ { "kind": "competitive-harm", "evidence": "declaration",
                    "statement": "The agreement contains highly confidential business information, and its disclosure would cause competitive harm." } ] } ] } ] }
            """;

        var changes = Shared.Service.WhatIf(request).Items.Single().Changes;

        Assert.Contains(changes, c => c.Explanation.Contains("with the price table redacted", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Explanation.Contains("with the pricing terms redacted", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMarkdown_SaysWhatItTakesToWin_AndWhatCouldGoWrong()
    {
        var json = new ExampleCase("al-otro-lado-2019").RequestJson;

        var md = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json), whatIf: Shared.Service.WhatIf(json));

        Assert.Contains("What could go wrong:", md);
        Assert.Contains("- If the movant supported its claim of exposure of a security vulnerability with specific facts", md);
        // What the facts lack is said once, the rules that would then apply beneath it.
        Assert.Contains("these facts do not show that the harm claimed is shown with specific facts. Were that shown, ", md);
        Assert.DoesNotContain("it needs what these facts lack", md);
    }

    [Fact]
    public void TheMarkdown_SaysOneChangeForSeveralDocumentsOnce_NamingThemAll()
    {
        // Exercise 17: the agreement and the motion that discusses it, decided together; one showing would seal both.
        var json = new ExampleCase("exercises/17-a-confidentiality-clause").RequestJson;
        var whatIf = Shared.Service.WhatIf(json);

        var md = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json), whatIf: whatIf);

        Assert.Equal(2, whatIf.Items.Count(i => i.Changes.Any(c => c.Explanation.Contains("risk of competitive harm", StringComparison.Ordinal))));
        Assert.Contains("the Settlement Agreement and Release between the parties and Liberty's Motion for Summary Judgment would be filed under seal", md, StringComparison.Ordinal);
        Assert.Single(md.Split('\n'), l => l.StartsWith("- If the defendant showed, with specific facts in a declaration, the risk of competitive harm", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMarkdown_KeepsAChangeForOneDocumentAlone_ToThatDocument()
    {
        // The near miss: the seed's documents are decided in groups whose changes differ; each change names its own.
        var json = new ExampleCase("al-otro-lado-2019").RequestJson;

        var md = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json), whatIf: Shared.Service.WhatIf(json));

        var changes = md.Split('\n').Where(l => l.StartsWith("- If ", StringComparison.Ordinal)).ToList();
        // The Contingency Plan would be sealed, the Harris declaration redacted, on the same showing: two outcomes, two lines.
        const string Security = "- If the movant supported its claim of exposure of a security vulnerability with specific facts tied to the information rather than a general concern, ";
        Assert.Contains(changes, l => l.StartsWith(Security + "the Laredo Field Office Contingency Plan would be filed under seal", StringComparison.Ordinal));
        Assert.Contains(changes, l => l.StartsWith(Security + "the declaration of Rodney Harris would be filed publicly with", StringComparison.Ordinal));
        // The ten emails of Part A that one change moves alike are named by their part, not listed again.
        Assert.Contains(changes, l => l.StartsWith(Security + "each of these 10 documents would be filed publicly with the internal opinions", StringComparison.Ordinal));
        Assert.All(changes, l => Assert.DoesNotContain("\u0001", l, StringComparison.Ordinal));
    }

    [Fact]
    public void TheMarkdownsWhyNot_NamesTheRulesNearestToApplying_AndCountsTheRest()
    {
        // Exercise 06: a company's letters, a general claim of competitive harm. The JSON lists every rule that could
        // have kept them back; the Markdown names those that need only the claim shown specifically, not those that
        // would also need another harm claimed (law enforcement, privacy), and counts those.
        var json = new ExampleCase("exercises/06-whole-document-or-narrow-redaction").RequestJson;
        var whatIf = Shared.Service.WhatIf(json);
        var letters = whatIf.Items.Single(i => i.Id == "ex-correspondence");
        var nearest = letters.WhyNot!.Min(w => w.Unmet.Count);
        var further = letters.WhyNot!.DistinctBy(w => w.Description).Count(w => w.Unmet.Count > nearest);
        Assert.True(further > 0, "the JSON keeps the rules that need more");

        var md = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json), whatIf: whatIf);
        var section = md[md.IndexOf("### B.", StringComparison.Ordinal)..md.IndexOf("### C.", StringComparison.Ordinal)];
        var whyNot = section[section.IndexOf("Why not more:", StringComparison.Ordinal)..];
        Assert.Contains("harm competitive standing is a compelling reason", whyNot, StringComparison.Ordinal);
        Assert.DoesNotContain("law enforcement", whyNot, StringComparison.Ordinal);
        Assert.Contains($"(And {further} other rules that would need more of these facts to differ.)", whyNot, StringComparison.Ordinal);
    }

    [Fact]
    public void NoChange_TouchesTheKindOfInformationOrWhomItConcerns()
    {
        foreach (var example in ExampleCase.All().Take(40))
            foreach (var change in Shared.Service.WhatIf(example.RequestJson).Items.SelectMany(i => i.Changes))
                Assert.DoesNotContain(change.Patch, p => p.Path.EndsWith("/kind", StringComparison.Ordinal) && p.Path.Contains("/information/", StringComparison.Ordinal)
                    || p.Path.EndsWith("/about", StringComparison.Ordinal));
    }
}

[Properties(Arbitrary = [typeof(RequestArbitrary)], MaxTest = 60)]
public sealed class WhatIfProperties
{
    [Property]
    public void GeneratedRequest_EveryChangeGivesItsOutcome_AndIsMinimal(GenRequest request)
    {
        var json = request.Json;

        Assert.Empty(WhatIfCheck.Problems(json, Shared.Service.WhatIf(json)));
    }
}

public sealed class WhatIfCheckTests
{
    [Fact]
    public void AChangeThatDoesNotGiveItsClaim_OrIsNotMinimal_IsCaught()
    {
        var json = new ExampleCase("nannis-sb-gaming-2022").RequestJson;
        var harm = Newtonsoft.Json.Linq.JToken.Parse("""[ { "kind": "security-vulnerability", "showing": "specific", "evidence": "declaration", "offeredBy": "designating-party" } ]""");
        var wins = new PatchOperation("add", "/motions/0/items/0/harms") { Value = harm };
        var idle = new PatchOperation("add", "/motions/0/items/0/publicInterest") { Value = "peripheral" };
        var bogus = new WhatIfResult([new ItemWhatIf("security-manual", Model.Outcome.Public,
            [new Change([idle], Model.Outcome.Seal, "x", "If nothing changed"), new Change([wins, idle], Model.Outcome.Seal, "x", "If more were shown")])]);

        var problems = WhatIfCheck.Problems(json, bogus);

        Assert.Contains(problems, p => p.Contains("not the claimed Seal", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is not minimal", StringComparison.Ordinal));
    }
}
