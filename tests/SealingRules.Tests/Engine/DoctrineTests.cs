using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>End-to-end checks of doctrine the examples do not all exercise.</summary>
public sealed class DoctrineTests
{
    private static string Request(string filing, string item, string asOf = "2020-06-01", string extra = "") => $$"""
        { "schemaVersion": 1, "asOf": "{{asOf}}",
          "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "{{filing}}"{{extra}}, "items": [ {{item}} ] } ] }
        """;

    private const string PricingSpecific = """
        { "id": "i", "request": "seal", "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ],
          "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] }
        """;

    private static SealingResult Evaluate(string json) => Shared.Service.Evaluate(json);

    [Theory]
    [InlineData("specific", Outcome.Redact, Disposition.Granted)]
    [InlineData("generalized", Outcome.Public, Disposition.Denied)]
    public void ABriefQuotingAnExhibit_WithNoReasonOfItsOwn_TakesTheExhibitsRuling(string showing, Outcome brief, Disposition disposition)
    {
        var items = $$"""
            { "id": "ex-a", "title": "Exhibit A", "request": "redact", "remainder": "not-confidential",
              "information": [ { "id": "algo", "kind": "trade-secret", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "{{showing}}", "evidence": "declaration" } ] },
            { "id": "brief", "title": "the motion for summary judgment", "request": "redact", "refersTo": ["algo"],
              "information": [ { "id": "quotes", "kind": "trade-secret", "about": "party" } ] }
            """;
        var motion = Evaluate(Request("summary-judgment", items)).Motions[0];

        var quoted = motion.Items.Single(i => i.Id == "brief");
        Assert.Equal(brief, quoted.Outcome);
        Assert.Equal(disposition, motion.Disposition);
        // The ruling and the order's closing paragraph agree: a brief redacted only where its source is.
        Assert.Equal(showing == "specific", quoted.Reasoning.Any(s => s.Rule == "remedy/quotations-follow-their-source"));
    }

    [Fact]
    public void SpecificCompetitiveHarm_SealsPricingTerms_AndTheMotionIsGranted()
    {
        var motion = Evaluate(Request("summary-judgment", PricingSpecific)).Motions[0];

        Assert.Equal(Disposition.Granted, motion.Disposition);
        Assert.False(motion.WithoutPrejudice);
        Assert.Equal(Outcome.Seal, motion.Items[0].Outcome);
    }

    [Fact]
    public void StatedRelation_OverridesTheEngine_AndTheReasoningSaysSo()
    {
        var motion = Evaluate(Request("summary-judgment", PricingSpecific, extra: ", \"relationToMerits\": \"tangential\"")).Motions[0];

        Assert.Equal(Standard.GoodCause, motion.Standard);
        Assert.Contains(motion.Reasoning, s => s.Rule == "standard/stated-relation" && s.Finding.Contains("is taken as only tangentially related") && s.Finding.Contains("what a filing asks the court to decide"));
    }

    [Fact]
    public void BeforeCenterForAutoSafety_PreliminaryInjunctionNeedsOnlyGoodCause()
    {
        var motion = Evaluate(Request("preliminary-injunction", PricingSpecific, asOf: "2014-06-01")).Motions[0];

        Assert.Equal(Standard.GoodCause, motion.Standard);
        Assert.Contains(motion.Reasoning, s => s.Rule == "standard/pre-2016-non-dispositive");
    }

    [Fact]
    public void AfterCenterForAutoSafety_PreliminaryInjunctionNeedsCompellingReasons()
        => Assert.Equal(Standard.CompellingReasons, Evaluate(Request("preliminary-injunction", PricingSpecific)).Motions[0].Standard);

    [Fact]
    public void GrandJuryTranscript_IsSealedWithoutAShowing()
    {
        var item = Evaluate(Request("other", """
            { "id": "i", "request": "seal", "traditionallySecret": "grand-jury-transcript",
              "information": [ { "id": "t", "kind": "other", "about": "party" } ] }
            """)).Motions[0].Items[0];

        Assert.Equal(Standard.NoPresumption, item.Standard);
        Assert.Equal(Outcome.Seal, item.Outcome);
    }

    [Fact]
    public void UnfiledDiscovery_IsJudgedForGoodCause()
        => Assert.Equal(Standard.GoodCause, Evaluate(Request("unfiled-discovery", PricingSpecific)).Motions[0].Standard);

    [Fact]
    public void AlreadyPublicInformation_StaysPublic_AndIsNotCurable()
    {
        var motion = Evaluate(Request("summary-judgment", PricingSpecific.Replace("\"request\": \"seal\",", "\"request\": \"seal\", \"alreadyPublic\": true,"))).Motions[0];

        Assert.Equal(Outcome.Public, motion.Items[0].Outcome);
        Assert.False(motion.WithoutPrejudice);
    }

    [Fact]
    public void Embarrassment_FailsCompellingReasons_ButCanBeGoodCause()
    {
        const string item = """
            { "id": "i", "request": "seal", "information": [ { "id": "e", "kind": "personnel-record", "about": "party" } ],
              "harms": [ { "kind": "embarrassment", "showing": "specific", "evidence": "declaration" } ] }
            """;

        Assert.Equal(Outcome.Public, Evaluate(Request("summary-judgment", item)).Motions[0].Items[0].Outcome);
        Assert.Equal(Outcome.Seal, Evaluate(Request("discovery", item)).Motions[0].Items[0].Outcome);
    }

    [Fact]
    public void ProtectiveOrderDesignationAlone_IsDeniedWithoutPrejudice_WithACure()
    {
        var motion = Evaluate(Request("summary-judgment", PricingSpecific.Replace("\"request\": \"seal\",", "\"request\": \"seal\", \"protectiveOrderOnly\": true,"))).Motions[0];

        Assert.Equal(Disposition.Denied, motion.Disposition);
        Assert.True(motion.WithoutPrejudice);
        Assert.Contains(motion.Items[0].Cures, c => c.Contains("designation"));
    }

    [Fact]
    public void OfficialEmail_WithChannelUnstated_IsAssumedOfficial_WithAWarning()
    {
        var result = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "redact", "information": [ { "id": "e", "kind": "email-address", "about": "public-official" } ] }
            """));

        Assert.Equal(Outcome.Public, result.Motions[0].Items[0].Outcome);
        Assert.Contains(result.Warnings, w => w.Rule == "officials/assumed-official-channel");
    }

    [Fact]
    public void SameRequest_GivesTheSameOutputTwice()
    {
        var json = File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

        Assert.Equal(Shared.Service.EvaluateToJson(json), Shared.Service.EvaluateToJson(json));
    }

    private static string SsnItem(string extra = "", string infoExtra = "") => $$"""
        { "id": "i", "request": "redact"{{extra}}, "information": [ { "id": "s", "kind": "ssn", "about": "private-individual"{{infoExtra}} } ] }
        """;

    [Fact]
    public void Rule52_RedactsASocialSecurityNumber_WithoutAnyShowing()
    {
        var result = Evaluate(Request("discovery", SsnItem()));

        Assert.Equal(["s"], result.Motions[0].Items[0].Redact);
        Assert.Contains(result.Motions[0].Items[0].Reasoning, r => r.Rule == "rule-5-2/mandatory-redaction");
        Assert.DoesNotContain(result.Warnings, w => w.Rule.StartsWith("rule-5-2/", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule52_ExemptFiling_IsNotRedactedAutomatically_AndSaysWhy()
    {
        var result = Evaluate(Request("discovery", SsnItem(extra: ", \"rule52Exemption\": \"agency-record\"")));

        Assert.DoesNotContain(result.Motions[0].Items[0].Reasoning, r => r.Rule == "rule-5-2/mandatory-redaction");
        Assert.Contains(result.Warnings, w => w.Rule == "rule-5-2/exempt-filing" && w.Message.Contains("5.2(b)(2)"));
    }

    [Fact]
    public void Rule52_OwnersWaiver_IsNotRedactedAutomatically_AndSaysWhy()
    {
        var result = Evaluate(Request("discovery", SsnItem(infoExtra: ", \"waivedByOwner\": true")));

        // The automatic redaction is off; what still hides the number is the ordinary privacy rule for personal numbers.
        Assert.DoesNotContain(result.Motions[0].Items[0].Reasoning, r => r.Rule == "rule-5-2/mandatory-redaction");
        Assert.Contains(result.Motions[0].Items[0].Reasoning, r => r.Rule == "privacy/contact-details");
        Assert.Contains(result.Warnings, w => w.Rule == "rule-5-2/waiver");
    }

    private static string OneInfo(string kind, string about, string extra = "", string infoExtra = "") => $$"""
        { "id": "i", "request": "redact"{{extra}}, "information": [ { "id": "x", "kind": "{{kind}}", "about": "{{about}}"{{infoExtra}} } ],
          "harms": [ { "kind": "privacy", "showing": "conclusory" } ] }
        """;

    [Theory]
    [InlineData("minor-identity", "minor", "")]                               // 5.2(a)(3): a minor's identity is a name unless said otherwise
    [InlineData("minor-identity", "private-individual", "")]                  // whoever the request says it concerns, it is a minor's
    [InlineData("financial-account", "non-party-business", "")]               // 5.2(a)(4): every account number, whoever holds it
    [InlineData("financial-account", "government-agency", "")]
    [InlineData("name", "minor", ", \"form\": \"name\"")]
    public void Rule52_RedactsEveryIdentifierItReaches_EvenOnAConclusoryShowing_UnderBothStandards(string kind, string about, string infoExtra)
    {
        foreach (var filing in new[] { "discovery", "summary-judgment" })
        {
            var item = Evaluate(Request(filing, OneInfo(kind, about, infoExtra: infoExtra))).Motions[0].Items[0];

            Assert.Equal(["x"], item.Redact);
            Assert.Contains(item.Reasoning, r => r.Rule == "rule-5-2/mandatory-redaction");
        }
    }

    [Theory]
    [InlineData("minor-identity", "minor", ", \"rule52Exemption\": \"state-court-record\"", "", "rule-5-2/exempt-filing")]
    [InlineData("minor-identity", "minor", "", ", \"waivedByOwner\": true", "rule-5-2/waiver")]
    [InlineData("financial-account", "non-party-business", "", ", \"unredactedByOrder\": true", null)]
    public void Rule52_YieldsOnlyToItsOwnExits(string kind, string about, string extra, string infoExtra, string? warning)
    {
        var result = Evaluate(Request("summary-judgment", OneInfo(kind, about, extra, infoExtra)));

        Assert.DoesNotContain(result.Motions[0].Items[0].Reasoning, r => r.Rule == "rule-5-2/mandatory-redaction");
        if (warning is not null) Assert.Contains(result.Warnings, w => w.Rule == warning);
    }

    [Theory]
    [InlineData("minor-identity", "minor", ", \"form\": \"image\"")]        // seen, not named: not what 5.2(a)(3) reaches
    [InlineData("minor-identity", "minor", ", \"form\": \"initials\"")]     // already what the rule allows
    [InlineData("taxpayer-id", "non-party-business", "")]                     // 5.2(a)(1) reaches an individual's numbers
    public void Rule52_DoesNotReachWhatItsTextLeavesOut(string kind, string about, string infoExtra)
    {
        var item = Evaluate(Request("summary-judgment", OneInfo(kind, about, infoExtra: infoExtra))).Motions[0].Items[0];

        Assert.DoesNotContain(item.Reasoning, r => r.Rule == "rule-5-2/mandatory-redaction");
    }

    [Theory]
    [InlineData(null, "seal")]
    [InlineData("confidential", "seal")]
    [InlineData("not-confidential", "redact")]
    public void APriceTableInASupplierAgreement_IsRedacted_WhenTheRestOfTheAgreementIsNotConfidential(string? remainder, string outcome)
    {
        var item = $$"""
            { "id": "supply", "request": "seal"{{(remainder is null ? "" : $", \"remainder\": \"{remainder}\"")}},
              "information": [ { "id": "prices", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] }
            """;

        var result = Evaluate(Request("summary-judgment", item));

        Assert.Equal(outcome, Model.Kebab.Of(result.Motions[0].Items[0].Outcome));
        if (remainder == "not-confidential")
        {
            Assert.Equal(["prices"], result.Motions[0].Items[0].Redact);
            Assert.Contains(result.Warnings, w => w.Rule == "tailoring/whole-document-split");
        }
    }

    [Fact]
    public void ClassCertification_WarnsOfTheSplit_NamingOrdersOnEachSide()
    {
        var warning = Assert.Single(Evaluate(Request("class-certification", PricingSpecific)).Warnings, w => w.Rule == "standard/class-certification");

        Assert.NotNull(warning.Follows);
        Assert.NotEmpty(warning.Follows!);
        Assert.Contains(warning.OtherView!, c => c.Id == "ncaa-class-cert-nondispositive");
    }

    [Fact]
    public void StatedRelation_OnClassCertification_RaisesNoSplitWarning()
        => Assert.DoesNotContain(Evaluate(Request("class-certification", PricingSpecific, extra: ", \"relationToMerits\": \"tangential\"")).Warnings,
            w => w.Rule == "standard/class-certification");

    [Fact]
    public void AnAuthorityDecidedAfterTheDateApplied_IsNeverCited()
    {
        // Al Otro Lado (2019) states the contact-details rule; a 2015 analysis cites only what existed then.
        var item = Evaluate(Request("discovery", """
            { "id": "i", "request": "redact", "information": [ { "id": "a", "kind": "home-address", "about": "private-individual" } ],
              "harms": [ { "kind": "privacy", "showing": "specific", "evidence": "declaration" } ] }
            """, asOf: "2015-06-01")).Motions[0].Items[0];

        var cites = item.Reasoning.SelectMany(s => s.Authorities).ToList();
        Assert.DoesNotContain(cites, c => c.Id.StartsWith("aol-", StringComparison.Ordinal) || c.Id.StartsWith("cas-", StringComparison.Ordinal));
        Assert.Contains(cites, c => c.Id == "pintos-redaction-understanding");
    }

    // No reason offered: Pintos (May 2010) states it; a 2006 analysis cites Foltz (2003), the older statement of the
    // burden, and a later one keeps Pintos alone.
    [Theory]
    [InlineData("2006-11-29", "foltz-strong-presumption", "pintos-burden")]
    [InlineData("2012-01-10", "pintos-burden", "foltz-strong-presumption")]
    public void WhereTheRulesAuthoritiesPostdateTheLawDate_TheOlderStatementIsCited(string asOf, string cited, string notCited)
    {
        var steps = Evaluate(Request("discovery", """
            { "id": "i", "request": "seal", "information": [ { "id": "a", "kind": "other", "about": "party" } ] }
            """, asOf: asOf)).Motions[0].Items[0].Reasoning;

        var step = Assert.Single(steps, s => s.Rule == "never-suffices/no-reason");
        Assert.Contains(step.Authorities, c => c.Id == cited);
        Assert.DoesNotContain(step.Authorities, c => c.Id == notCited);
    }

    // On the day of the ruling a rule's own authority states, the request models that ruling: its words stand uncited,
    // as the court wrote them, rather than take an older statement the court did not cite there.
    [Theory]
    [InlineData("2013-03-18", false)]
    [InlineData("2013-01-10", true)]
    public void OnTheDayARulesOwnAuthorityWasDecided_NoOlderStatementIsCited(string asOf, bool olderCited)
    {
        var steps = Evaluate(Request("discovery", """
            { "id": "i", "request": "seal", "restsOn": ["privilege"], "information": [ { "id": "a", "kind": "other", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "generalized" } ] }
            """, asOf: asOf)).Motions[0].Items[0].Reasoning;

        var step = Assert.Single(steps, s => s.Rule == "privilege/asserted");
        Assert.Equal(olderCited, step.Authorities.Any(c => c.Id == "kamakana-conclusory"));
        Assert.DoesNotContain(step.Authorities, c => c.Id == "seagate-not-privileged");
    }
}
