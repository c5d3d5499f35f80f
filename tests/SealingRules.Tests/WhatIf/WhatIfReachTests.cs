using FsCheck.Fluent;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Properties;
using SealingRules.Tests.Support;
using SealingRules.WhatIf;
using Xunit;
using Xunit.Abstractions;

namespace SealingRules.Tests.WhatIf;

/// <summary>
/// The what-if as advice a party can act on: no change toward the relief names a harm the table of plausible harms
/// rules out or a fact nobody controls, and an item no change within reach helps says so.
/// </summary>
public sealed class WhatIfReachTests(ITestOutputHelper output)
{
    // Facts no party can change by what it files: they may go wrong, never be advice.
    private static readonly string[] NobodysFacts =
    [
        "/relationToMerits", "/alreadyPublic", "/publicVia", "/publicInterest", "/publicHealthOrSafety", "/courtReview",
        "/rule52Exemption", "/waivedByOwner", "/unredactedByOrder", "/atIssue", "/seniority", "/channel", "/designatedBy", "/pseudonym",
    ];

    /// <summary>Each piece of advice that names a harm the table rules out, or moves a fact nobody controls.</summary>
    public static List<string> Implausible(string requestJson, WhatIfResult whatIf)
    {
        var root = JObject.Parse(requestJson);
        var found = new List<string>();
        var advice = whatIf.Items.SelectMany(i => i.Changes.Where(c => c.Direction == Direction.TowardRelief).Select((c, k) => (Where: $"{i.Id} change {k}", c)));
        foreach (var (where, change) in advice)
        {
            // One entry a change, however many of its operations are implausible.
            var why = change.Patch.Select(op => Why(root, op)).FirstOrDefault(w => w is not null);
            if (why is not null) found.Add($"{where}: {why}");
        }
        return found;
    }

    private static string? Why(JObject root, PatchOperation op)
    {
        if (NobodysFacts.Any(f => op.Path.EndsWith(f, StringComparison.Ordinal)))
            return $"advice moves a fact nobody controls ({op.Path})";
        var harm = op.Path.EndsWith("/kind", StringComparison.Ordinal) && op.Path.Contains("/harms/", StringComparison.Ordinal) ? (string?)op.Value
            : op.Path.EndsWith("/harms/-", StringComparison.Ordinal) || op.Path.EndsWith("/harms", StringComparison.Ordinal) ? (string?)(op.Value is JArray a ? a[0]["kind"] : op.Value?["kind"])
            : null;
        if (harm is null) return null;
        var itemPath = op.Path[..op.Path.IndexOf("/harms", StringComparison.Ordinal)];
        var item = (JObject)root.SelectToken(PointerToPath(itemPath))!;
        var infos = ((JArray)item["information"]!).Cast<JObject>().ToList();
        // The harm's own list of information: the one added, or the one whose kind the change replaces.
        var added = op.Value is JArray arr ? arr[0] : op.Value is JObject ? op.Value : root.SelectToken(PointerToPath(op.Path[..op.Path.LastIndexOf('/')]));
        var concerned = added is JObject h && h["information"] is JArray ids ? infos.Where(n => ids.Any(id => (string?)id == (string?)n["id"])).ToList() : infos;
        var kind = Enum.GetValues<HarmKind>().First(k => Kebab.Of(k) == harm);
        return PlausibleHarms.Fits(kind, concerned.Select(n => (Enum.GetValues<InformationKind>().First(k => Kebab.Of(k) == (string)n["kind"]!), Enum.GetValues<Subject>().First(s => Kebab.Of(s) == (string)n["about"]!), PartyTypes.Of(n))))
            ? null
            : $"advice claims {harm} for {string.Join(", ", concerned.Select(n => $"{n["kind"]} about {n["about"]}"))}";
    }

    private static string PointerToPath(string pointer)
        => string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var n) ? $"[{n}]" : $".{p}")).TrimStart('.');

    public static IEnumerable<(string Name, string Json)> Corpus()
    {
        foreach (var e in ExampleCase.All()) yield return (e.Slug, e.RequestJson);
        var k = 0;
        foreach (var r in RequestArbitrary.Request.Sample(30, new FsCheck.Rnd(20261204), 60)) yield return ($"generated-{k++}", r.Json);
    }

    [Fact]
    public void NoAdvice_NamesAnImplausibleHarm_OrAFactNobodyControls_OnTheCaseBaseAndSixtyGeneratedRequests()
    {
        var problems = new List<string>();
        int examples = 0, generated = 0;
        var items = new int[2];
        var actionable = new int[2];
        foreach (var (name, json) in Corpus())
        {
            var whatIf = Shared.Service.WhatIf(json);
            var found = Implausible(json, whatIf);
            var g = name.StartsWith("generated-", StringComparison.Ordinal) ? 1 : 0;
            if (g == 1) generated += found.Count; else examples += found.Count;
            items[g] += whatIf.Items.Count;
            // An item is actionable when some advice for it is neither implausible nor beyond the party's control.
            actionable[g] += whatIf.Items.Count(i => Enumerable.Range(0, i.Changes.Count(c => c.Direction == Direction.TowardRelief))
                .Any(k => !found.Any(f => f.StartsWith($"{i.Id} change {k}:", StringComparison.Ordinal))));
            problems.AddRange(found.Select(f => $"{name}/{f}"));
        }
        output.WriteLine($"implausible advice: {examples} on the case base, {generated} on 60 generated requests; items with advice a party can act on: {actionable[0]} of {items[0]} (case base), {actionable[1]} of {items[1]} (generated)");
        foreach (var p in problems.Take(40)) output.WriteLine(p);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(InformationKind.SettlementTerms, Subject.Party, HarmKind.CompetitiveHarm, true)]
    [InlineData(InformationKind.SettlementTerms, Subject.Party, HarmKind.Safety, false)]            // a company's settlement endangers no one
    [InlineData(InformationKind.SettlementTerms, Subject.Minor, HarmKind.Safety, true)]             // a child's settlement draws predators
    [InlineData(InformationKind.SettlementTerms, Subject.Minor, HarmKind.CompetitiveHarm, false)]   // a child has no competitors
    [InlineData(InformationKind.SettlementTerms, Subject.PrivateIndividual, HarmKind.CompetitiveHarm, false)]
    [InlineData(InformationKind.PricingTerms, Subject.Party, HarmKind.Persecution, false)]
    [InlineData(InformationKind.PricingTerms, Subject.NonPartyBusiness, HarmKind.Privacy, false)]   // a business has no personal privacy
    [InlineData(InformationKind.PricingTerms, Subject.Party, HarmKind.Privacy, false)]              // a party with a price list is a business
    [InlineData(InformationKind.FinancialData, Subject.Party, HarmKind.Privacy, true)]              // a party's own finances may be a person's
    [InlineData(InformationKind.BloodType, Subject.PrivateIndividual, HarmKind.CompetitiveHarm, false)]
    [InlineData(InformationKind.BloodType, Subject.PrivateIndividual, HarmKind.Persecution, true)]
    [InlineData(InformationKind.InvestigativeFile, Subject.GovernmentAgency, HarmKind.Privacy, true)] // the people the file names
    [InlineData(InformationKind.OperationalData, Subject.GovernmentAgency, HarmKind.TradeSecretDisclosure, false)]
    [InlineData(InformationKind.InternalOpinions, Subject.GovernmentAgency, HarmKind.LawEnforcementInterference, true)]
    [InlineData(InformationKind.InternalOpinions, Subject.NonPartyBusiness, HarmKind.SecurityVulnerability, false)] // a company's deliberations hide no security gap
    [InlineData(InformationKind.InternalOpinions, Subject.NonPartyBusiness, HarmKind.CompetitiveHarm, true)]         // they are its plans
    public void TheTable_AllowsWhatCouldTrulyAttach_AndNothingElse(InformationKind kind, Subject about, HarmKind harm, bool allowed)
        => Assert.Equal(allowed, PlausibleHarms.For(kind, about).Contains(harm));

    // The reason offered first is the one the kind's own table lists first: a party's settlement terms are a business's
    // before they are anyone's privacy; a person's medical record is private first.
    [Theory]
    [InlineData(InformationKind.SettlementTerms, Subject.Party, HarmKind.CompetitiveHarm)]
    [InlineData(InformationKind.PricingTerms, Subject.Party, HarmKind.CompetitiveHarm)]
    [InlineData(InformationKind.Medical, Subject.PrivateIndividual, HarmKind.Privacy)]
    public void TheKindsOwnHarm_IsOfferedFirst(InformationKind kind, Subject about, HarmKind first)
    {
        HarmKind[] offered = [HarmKind.Privacy, HarmKind.Safety, HarmKind.CompetitiveHarm, HarmKind.TradeSecretDisclosure, HarmKind.SecurityVulnerability];
        var plausible = PlausibleHarms.For(kind, about);

        var ordered = PlausibleHarms.KindsOwnFirst(kind, about, null, offered.Where(plausible.Contains)).ToList();

        Assert.Equal(first, ordered[0]);
        Assert.Equal(offered.Where(plausible.Contains).Order(), ordered.Order());
    }

    [Fact]
    public void AStudentWhoSealsACompanysSettlement_IsShownTheCompetitiveHarmThatWouldDoIt_NotPrivacy()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "17-a-confidentiality-clause");

        var grade = Shared.Service.Grade(folder, """{ "motions": [ { "id": "Doc. 43", "items": [ { "id": "tapestry-settlement-agreement", "outcome": "seal" } ] } ] }""");

        var miss = Assert.Single(grade.Misses, m => m.Target == "tapestry-settlement-agreement" && !m.Unanswered);
        Assert.Contains("competitive harm", miss.RightIf!, StringComparison.Ordinal);
        Assert.DoesNotContain("privacy", miss.RightIf!, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsToAdd_ForInterferenceWithAnInvestigation_AreNotTheWordsForASecurityGap()
    {
        // Exercise 12's CBP emails: the security claim and the law-enforcement claim are different harms, each offered
        // with an example of its own that the reader reads as specific (else the change would not be listed).
        var json = File.ReadAllText(Path.Combine(Repo.Examples, "exercises", "12-al-otro-lado", "request.json"));
        var item = Shared.Service.WhatIf(json).Items.First(i => i.Id == "ex-pi-41");

        string Added(string harm) => item.Changes.Where(c => c.Direction == Direction.TowardRelief)
            .SelectMany(c => c.Patch).Select(op => op.Value?.ToString() ?? "")
            .First(v => v.Contains(harm, StringComparison.Ordinal));

        Assert.NotEqual(Added("cameras"), Added("investigative techniques"));
    }

    [Fact]
    public void ACompanysPricing_IsNeverAdvisedToClaimEmbarrassmentOrSafety()
    {
        var json = """
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
              { "id": "i", "request": "seal", "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ],
                "harms": [ { "kind": "competitive-harm", "showing": "conclusory", "evidence": "argument-only" } ] } ] } ] }
            """;

        var advice = Shared.Service.WhatIf(json).Items[0].Changes.Where(c => c.Direction == Direction.TowardRelief).ToList();

        Assert.NotEmpty(advice);
        Assert.DoesNotContain(advice, c => c.Patch.Any(op => op.Value?.ToString() is "embarrassment" or "safety" or "persecution" or "privacy"));
        // Ranked by what they ask: a winning change first, and among winners the least asked first.
        var asks = advice.TakeWhile(c => c.Relief == Model.Relief.Full).Select(c => c.Asks).ToList();
        Assert.Equal(asks.Order(), asks);
        Assert.All(advice, c => Assert.True(c.Asks > 0));
    }

    // A declaration in words claims a harm that cannot carry the motion (a recall committee's minutes, said to cause
    // reputational harm): what is within reach is a different harm the minutes could carry, with the words that show it,
    // not "no change within reach", and never a harm anyone may claim.
    [Theory]
    [InlineData("reputational", true)]
    [InlineData("competitive-harm", false)]
    public void WordsClaimingAHarmThatCannotCarryTheMotion_AreShownAnotherTheInformationCouldCarry_InWords(string harm, bool otherHarm)
    {
        var json = $$"""
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
              { "id": "i", "request": "seal", "information": [ { "id": "p", "kind": "internal-opinions", "about": "party", "partyType": "organization" } ],
                "harms": [ { "kind": "{{harm}}", "statement": "The documents reflect the company's internal deliberations about the recall and would cause harm if disclosed." } ] } ] } ] }
            """;

        var item = Shared.Service.WhatIf(json).Items[0];
        var advice = item.Changes.Where(c => c.Direction == Direction.TowardRelief).ToList();

        Assert.Null(item.WithinReach);
        var change = Assert.Single(advice, c => c.Patch.Any(op => op.Path.EndsWith("/statement", StringComparison.Ordinal)) && c.Relief == Model.Relief.Full);
        Assert.Equal(otherHarm, change.Patch.Any(op => op.Path.EndsWith("/kind", StringComparison.Ordinal)));
        Assert.DoesNotContain(advice, c => c.Patch.Any(op => op.Value?.ToString() is "embarrassment" or "further-litigation" or "safety" or "security-vulnerability"));
    }

    [Fact]
    public void WhereNothingWithinReachWins_TheAnswerSaysSoPlainly_AndWhatNobodyControlsIsOnlyWhatCouldGoWrong()
    {
        // Public from outside sources: nothing the party files can make it secret again.
        var json = """
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
              { "id": "i", "request": "seal", "alreadyPublic": true, "publicVia": "outside-sources",
                "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ],
                "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] } ] } ] }
            """;

        var item = Shared.Service.WhatIf(json).Items[0];

        Assert.Equal("No change of fact within the party's control wins sealing here.", item.WithinReach);
        Assert.DoesNotContain(item.Changes, c => c.Direction == Direction.TowardRelief && c.Patch.Any(op => op.Path.EndsWith("/alreadyPublic", StringComparison.Ordinal)));
        Assert.Contains("No change of fact within the party's control wins sealing here.", SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json), whatIf: Shared.Service.WhatIf(json)), StringComparison.Ordinal);
    }

    [Fact]
    public void APseudonymTheCourtAllowed_CouldGoWrong_ButIsNeverAdvice()
    {
        // L.K. v. USCIS in small: a party's name kept out because the court allowed a pseudonym. Its refusal is the court's
        // ruling on another motion: a risk to show, never a change to advise; and a plaintiff whose showing is empty is
        // not told that a pseudonym would win, which no filing of its own can bring about.
        var allowed = """
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "other", "items": [
              { "id": "i", "request": "redact",
                "information": [ { "id": "p", "kind": "name", "about": "party", "partyType": "person", "pseudonym": "allowed" } ],
                "harms": [ { "kind": "safety", "statement": "Plaintiff's fears." } ] } ] } ] }
            """;
        var item = Shared.Service.WhatIf(allowed).Items[0];
        var refused = Assert.Single(item.Changes, c => c.Patch.Any(op => op.Path.EndsWith("/pseudonym", StringComparison.Ordinal)));
        Assert.Equal(Direction.AwayFromRelief, refused.Direction);
        Assert.Contains("refused the person it identifies leave to proceed under a pseudonym", refused.Explanation, StringComparison.Ordinal);

        var none = allowed.Replace(", \"pseudonym\": \"allowed\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain(Shared.Service.WhatIf(none).Items[0].Changes, c => c.Direction == Direction.TowardRelief && c.Patch.Any(op => op.Path.EndsWith("/pseudonym", StringComparison.Ordinal)));
    }

    [Fact]
    public void WhatCouldGoWrong_NeverTradesTheReasonGiven_ForAWorseOne()
    {
        // Medical records sealed on the privacy of health information: losing ground would come from what nobody controls
        // (already public, put at issue), never from claiming safety instead of privacy, which no party would do.
        var json = """
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
              { "id": "i", "request": "seal",
                "information": [ { "id": "p", "kind": "medical", "about": "party" } ],
                "harms": [ { "kind": "privacy", "showing": "generalized", "evidence": "argument-only" } ] } ] } ] }
            """;

        var away = Shared.Service.WhatIf(json).Items[0].Changes.Where(c => c.Direction == Direction.AwayFromRelief).ToList();

        var published = Assert.Single(away, c => c.Patch.Any(op => op.Path.EndsWith("/alreadyPublic", StringComparison.Ordinal)));
        Assert.DoesNotContain(away, c => c.Patch.Any(op => op.Path.EndsWith("/kind", StringComparison.Ordinal)));
        // Its reason is what the change brought in, not the general-terms finding that was there all along; and not the
        // change said again ("if … already in the public domain …: the information is already in the public domain").
        Assert.EndsWith("would be filed publicly, unredacted: sealing the court's copy would protect no interest that could outweigh the public's interest in access, so the presumption of access is not overcome.", published.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryHarmARealMovantClaimed_IsOneTheTableAllows()
    {
        var misfits = ExampleCase.All()
            .SelectMany(e => Shared.Reader.Read(e.RequestJson).StatedHarms.SelectMany(h => h.InformationIds.Select(id => (e, h, info: Shared.Reader.Read(e.RequestJson).Information.Single(n => n.Id == id)))))
            .Where(x => !PlausibleHarms.For(x.info.Kind, x.info.About, x.info.PartyType).Contains(x.h.Kind))
            // A company's or an agency's own privacy is a claim real movants make and courts reject
            // (never-suffices/entity-privacy): the table leaves it out by doctrine, not by mistake (The Tischer Co. v.
            // Robertson Stephens: a company's "personal financial affairs").
            .Where(x => !(x.h.Kind == HarmKind.Privacy && x.info.About == Subject.Party && x.info.PartyType == PartyType.Organization))
            // So is an employer's claim that its employees' names or personal details are its trade secrets (Lou v. MA
            // Laboratories: "defendants have not established that the names of Ma Labs' employees … qualify as trade
            // secrets"): the person's privacy is what could protect them, and the what-if never advises the other.
            .Where(x => !(x.h.Kind == HarmKind.TradeSecretDisclosure && x.info.About == Subject.PrivateIndividual))
            .Select(x => $"{x.e.Slug}: {Kebab.Of(x.h.Kind)} for {Kebab.Of(x.info.Kind)} about {Kebab.Of(x.info.About)}")
            .Distinct()
            .ToList();

        Assert.Empty(misfits);
    }
}
