using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>The defects a law teacher found in the reports, each as the request that showed it.</summary>
public sealed class RightReasonsTests
{
    private static SealingResult Evaluate(string json) => Shared.Service.Evaluate(json);

    private static string Request(string filing, string items, string asOf = "2020-06-01") => $$"""
        { "schemaVersion": 1, "asOf": "{{asOf}}",
          "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "{{filing}}", "items": [ {{items}} ] } ] }
        """;

    [Fact]
    public void AMinorsName_IsRedactedUnderRule52_EvenWhereTheBalanceFavorsAccess_AndTheRulingSaysWhy()
    {
        // Already public and central: every ordinary reason says file it; Rule 5.2(a) is not subject to that balance.
        var item = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "alreadyPublic": true, "publicInterest": "central",
              "information": [ { "id": "kid", "kind": "name", "about": "minor", "atIssue": true }, { "id": "facts", "kind": "other", "about": "party" } ] }
            """)).Motions[0].Items[0];

        Assert.Equal(Outcome.Redact, item.Outcome);
        Assert.Equal(["kid"], item.Redact);
        var floor = Assert.Single(item.Reasoning, s => s.Rule == "rule-5-2/floor");
        Assert.Equal(Leans.Secrecy, floor.Leans);
        Assert.Contains("never-suffices/already-public", floor.PrevailsOver!);
        // The holding first, then the reasons it overrides, answered.
        Assert.StartsWith("The name is redacted to what Rule 5.2(a) allows", floor.Finding, StringComparison.Ordinal);
        Assert.Contains(". Rule 5.2(a) is not subject to the weighing of interests, so it holds although ", floor.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void AMinorsName_FiledByOrder_IsNotRedactedByTheRule()
    {
        var item = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "alreadyPublic": true,
              "information": [ { "id": "kid", "kind": "name", "about": "minor", "unredactedByOrder": true } ] }
            """)).Motions[0].Items[0];

        Assert.DoesNotContain(item.Reasoning, s => s.Rule.StartsWith("rule-5-2/", StringComparison.Ordinal));
    }

    [Fact]
    public void BeforeCenterForAutoSafety_TheDispositiveLineIsApplied_WithTheAuthoritiesOfThatDay()
    {
        var motion = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "generalized" } ] }
            """, asOf: "2012-03-01")).Motions[0];

        var cites = motion.Reasoning.Concat(motion.Items[0].Reasoning).SelectMany(s => s.Authorities).Select(a => a.Id).ToList();
        Assert.DoesNotContain(cites, id => id.StartsWith("cas-", StringComparison.Ordinal) || id.StartsWith("aol-", StringComparison.Ordinal));
        Assert.Contains("kamakana-dispositive-compelling", cites);
        Assert.DoesNotContain(motion.Reasoning, s => s.Finding.Contains("Center for Auto Safety", StringComparison.Ordinal));
        Assert.Contains(motion.Reasoning, s => s.Rule == "standard/pre-2016-compelling-reasons");
    }

    [Fact]
    public void ADenialThatCannotBeCured_DoesNotCiteTheWithoutPrejudiceHolding()
    {
        var motion = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "alreadyPublic": true, "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] }
            """)).Motions[0];

        Assert.False(motion.WithoutPrejudice);
        Assert.DoesNotContain(motion.Reasoning.SelectMany(s => s.Authorities), a => a.Id == "aol-without-prejudice");
    }

    [Fact]
    public void UnstatedAtIssue_IsNeverSaidToBeFalse_AndTheEngineSaysWhatItAssumed()
    {
        var result = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "information": [ { "id": "med", "kind": "medical", "about": "party" } ],
              "harms": [ { "kind": "privacy", "showing": "generalized" } ] }
            """));

        Assert.DoesNotContain(result.Motions[0].Items[0].Reasoning, s => s.Finding.Contains("has not put the condition at issue", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Rule == "privacy/at-issue-unstated");
    }

    [Fact]
    public void ACompanysPrivacyClaim_IsNotCalledPersonalSafetyOrPrivacy()
    {
        var item = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "information": [ { "id": "s", "kind": "business-strategy", "about": "non-party-business" } ],
              "harms": [ { "kind": "privacy", "showing": "specific", "evidence": "declaration" } ] }
            """)).Motions[0].Items[0];

        Assert.DoesNotContain(item.Reasoning, s => s.Finding.Contains("personal safety", StringComparison.Ordinal));
        Assert.Contains(item.Reasoning, s => s.Rule == "never-suffices/entity-privacy");
        Assert.Equal(Outcome.Public, item.Outcome);
    }

    [Fact]
    public void ABriefReferringToRedactedInformation_IsOrderedFiledRedacted()
    {
        var motion = Evaluate(Request("preliminary-injunction", """
            { "id": "ex", "title": "Exhibit 41", "request": "seal",
              "information": [ { "id": "ph", "kind": "phone-number", "about": "public-official", "seniority": "senior" }, { "id": "op", "kind": "operational-data", "about": "government-agency" } ] },
            { "id": "brief", "title": "the reply brief", "request": "redact", "refersTo": ["ph"],
              "information": [ { "id": "b", "kind": "operational-data", "about": "government-agency" } ] }
            """)).Motions[0];

        Assert.Contains(motion.Reasoning, s => s.Rule == "remedy/briefs-follow-redactions" && s.Finding.StartsWith("The reply brief refers to information now redacted from other items (the phone number)", StringComparison.Ordinal));
        Assert.Contains(motion.Reasoning, s => s.Rule == "remedy/file-redacted-versions" && s.Finding.Contains("the phone number, from Exhibit 41", StringComparison.Ordinal));
    }

    [Fact]
    public void DocumentsWithTheSameRedactions_AreNamedTogether_WhatIsRemovedFirst()
    {
        var motion = Evaluate(Request("preliminary-injunction", """
            { "id": "a", "title": "Exhibit 41", "request": "seal",
              "information": [ { "id": "a-ph", "kind": "phone-number", "about": "public-official", "seniority": "senior" }, { "id": "a-op", "kind": "operational-data", "about": "government-agency" } ] },
            { "id": "b", "title": "Exhibit 42", "request": "seal",
              "information": [ { "id": "b-ph", "kind": "phone-number", "about": "public-official", "seniority": "senior" }, { "id": "b-op", "kind": "operational-data", "about": "government-agency" } ] }
            """)).Motions[0];

        var remedy = Assert.Single(motion.Reasoning, s => s.Rule == "remedy/file-redacted-versions");
        Assert.Contains("with these redactions: the phone number, from Exhibit 41 and Exhibit 42. ", remedy.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefersToNamingTheItemsOwnInformation_IsRefused()
    {
        var e = Assert.Throws<ContractException>(() => Evaluate(Request("preliminary-injunction", """
            { "id": "brief", "request": "redact", "refersTo": ["b"], "information": [ { "id": "b", "kind": "other", "about": "party" } ] }
            """)));

        Assert.Equal("unknown-reference", e.Error.Code);
        Assert.Equal("motions[0].items[0].refersTo[0]", e.Error.Path);
    }

    [Fact]
    public void InformationPublicOnlyOnThisDocket_IsWeighedLikeAnyOther()
    {
        var item = Evaluate(Request("summary-judgment", """
            { "id": "i", "request": "seal", "alreadyPublic": true, "publicVia": "this-docket",
              "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] }
            """)).Motions[0].Items[0];

        Assert.Equal(Outcome.Seal, item.Outcome);
        Assert.DoesNotContain(item.Reasoning, s => s.Rule == "never-suffices/already-public");
    }

    [Fact]
    public void TheSeed_CitesEveryAuthorityTheCourtReliedOn()
    {
        var result = Evaluate(new ExampleCase("al-otro-lado-2019").RequestJson);

        var cited = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
            .SelectMany(s => s.Authorities).Select(a => a.Cite).ToHashSet();
        foreach (var cite in new[]
        {
            "Hagestad v. Tragesser, 49 F.3d 1430, 1434", "Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1179 ",
            "Dobronski v. FCC, 17 F.3d 275, 280 n.4", "Bell v. Home Depot", "Kelly v. Serco", "Nixon v. Warner", "Lissner", "Lahr",
            "Pintos v. Pac. Creditors Ass'n, 605 F.3d 665, 678", "Hedrick v. Grant", "Motley v. City of Fresno", "Unknown Parties v. Johnson",
            "Baker v. SeaWorld", "Foltz v. State Farm Mut. Auto. Ins. Co., 331 F.3d 1122, 1135", "809 F.3d 1092, 1099-1102",
        })
            Assert.Contains(cited, c => c.Contains(cite, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSeedsConclusion_SaysWhatIsRedactedFromEachExhibit_AndThatBriefsFollow()
    {
        var motion = Evaluate(new ExampleCase("al-otro-lado-2019").RequestJson).Motions.Single(m => m.Id == "ECF 314");

        var order = Assert.Single(motion.Reasoning, s => s.Rule == "remedy/file-redacted-versions");
        Assert.Contains("the name, the phone number, the birth date, the emergency contact, the occupation and the city of origin", order.Finding);
        Assert.Contains("Any brief that refers to information now redacted", order.Finding);
        Assert.Contains(motion.Reasoning, s => s.Rule == "remedy/denied-without-prejudice" && s.Finding.Contains("amended motion", StringComparison.Ordinal));
    }
}
