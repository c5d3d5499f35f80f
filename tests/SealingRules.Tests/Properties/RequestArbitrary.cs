using FsCheck;
using FsCheck.Fluent;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Random valid contract-v1 requests for FsCheck: 1-3 motions, 1-4 items each, 1-4 information each, 0-3 harms each
/// (sometimes naming a subset of the item's information); every enum value of the contract reachable, optional
/// fields sometimes present (defaults sometimes spelled out), the 1.x facts among them (courtReview, waivedByOwner,
/// unredactedByOrder, publicVia, publicHealthOrSafety, rule52Exemption, notSubmitted), asOf on both sides of the dates
/// the law changed.
/// The shrinker removes motions, items, information and harms and drops optional fields, so a failure is
/// reported as a small request.
/// </summary>
public static class RequestArbitrary
{
    // The contract's values, copied from contract.md (ContractValuesTests checks them against the validator's table).
    public static readonly string[] Courts =
    [
        "N.D. Cal.", "C.D. Cal.", "S.D. Cal.", "E.D. Cal.", "D. Ariz.", "D. Nev.", "W.D. Wash.", "E.D. Wash.", "D. Or.",
        "D. Haw.", "D. Idaho", "D. Mont.", "D. Alaska", "D. Guam", "D.N. Mar. I.",
    ];
    public static readonly string[] Movants = ["plaintiff", "defendant", "joint", "non-party", "intervenor"];
    public static readonly string[] Filings =
    [
        "complaint", "motion-to-dismiss", "summary-judgment", "preliminary-injunction", "class-certification", "trial",
        "motion-in-limine", "daubert", "discovery", "sanctions", "settlement-approval", "attorney-fees", "unfiled-discovery", "other",
    ];
    public static readonly string[] MeritsRelations = ["more-than-tangential", "tangential"];
    public static readonly string[] RequestKinds = ["seal", "redact"];
    public static readonly string[] TraditionallySecret = ["grand-jury-transcript", "pre-indictment-warrant-materials", "none"];
    public static readonly string[] Designators = ["movant", "opposing-party", "non-party"];
    public static readonly string[] PublicInterests = ["central", "relevant", "peripheral"];
    public static readonly string[] InformationKinds =
    [
        "trade-secret", "pricing-terms", "licensing-terms", "financial-data", "source-code", "technical-information",
        "customer-information", "business-strategy", "settlement-terms", "internal-policy",
        "name", "home-address", "phone-number", "email-address", "ssn", "taxpayer-id", "financial-account", "birthdate",
        "emergency-contact", "identification-number", "minor-identity", "victim-identity",
        "occupation", "city-of-origin", "country-of-origin", "gender", "sexual-orientation", "education", "blood-type",
        "identification-document-type", "medical", "mental-health", "criminal-history", "immigration-status",
        "personnel-record", "travel-details", "persecution-category",
        "internal-opinions", "operational-data", "contingency-plan", "law-enforcement-technique", "security-procedure",
        "agent-locations", "investigative-file",
        "other",
    ];
    public static readonly string[] Subjects = ["party", "non-party-business", "private-individual", "minor", "public-official", "government-agency"];
    public static readonly string[] Seniorities = ["senior", "lower-level"];
    public static readonly string[] Channels = ["official", "personal"];
    public static readonly string[] HarmKinds =
    [
        "competitive-harm", "trade-secret-disclosure", "privacy", "safety", "persecution", "security-vulnerability",
        "law-enforcement-interference", "improper-use", "embarrassment", "incrimination", "further-litigation", "reputational",
    ];
    public static readonly string[] Showings = ["specific", "generalized", "conclusory", "hypothetical", "none"];
    public static readonly string[] Evidence = ["declaration", "argument-only", "none"];
    public static readonly string[] OfferedBy = ["movant", "designating-party"];
    public static readonly string[] CourtReviews = ["innocuous", "harmful"];
    public static readonly string[] PublicVias = ["outside-sources", "this-docket"];
    public static readonly string[] Grounds = ["confidentiality-agreement", "statute", "privilege", "sealed-elsewhere"];
    public static readonly string[] Statutes = ["ferpa-idea", "tax-returns", "state-statute", "other-federal"];
    public static readonly string[] Remainders = ["confidential", "not-confidential"];
    public static readonly string[] Rule52Exemptions =
        ["none", "forfeiture-account", "agency-record", "state-court-record", "earlier-court-record", "remote-access-limited", "pro-se-habeas"];

    /// <summary>Days around which the law changed (Rule 5.2; Center for Auto Safety), leap days, and the ends of the dates a request may give.</summary>
    private static readonly string[] EdgeDates =
    [
        "2007-11-30", "2007-12-01", "2016-01-10", "2016-01-11", "2016-01-12", "2000-02-29", "2024-02-29", "1900-01-01", "2199-12-31",
    ];

    /// <summary>Free text for titles and case names: escapes, control characters, markup, scripts, and one string at the length limit.</summary>
    private static readonly string[] Texts =
    [
        "", " ", "Ex. 41", "Internal email 'CBP_MCAT_REPORT for February 25, 2018'", "quote \" backslash \\ slash /",
        "line\nbreak\ttab\r", "nul \u0000 bell \u0007", "é ü 中文 العربية 🙂", "\u2028\u2029\u202E", "</script><b>x</b>",
        "{pin} {0} %s ${x}", "**bold** _md_ # heading | a | b |", "Al Otro Lado, Inc. v. McAleenan", "17-cv-02366-BAS-KSC",
        new string('x', 10_000),
    ];

    /// <summary>Every valid request; registered with <c>[Property(Arbitrary = [typeof(RequestArbitrary)])]</c>.</summary>
    public static Arbitrary<GenRequest> Requests() => Arb.From(Request, Shrink);

    public static Gen<T?> Maybe<T>(Gen<T> gen, int percent) where T : class
        => Gen.Frequency((100 - percent, Gen.Constant<T?>(null)), (percent, gen.Select(v => (T?)v)));

    private static Gen<bool?> MaybeBool(int percent)
        => Gen.Frequency((100 - percent, Gen.Constant<bool?>(null)), (percent, Gen.Elements(true, false).Select(b => (bool?)b)));

    private static Gen<string?> MaybeOf(string[] values, int percent) => Maybe(Gen.Elements(values), percent);

    public static readonly Gen<GenInformation> Information =
        from kind in Gen.Elements(InformationKinds)
        from about in Gen.Elements(Subjects)
        from seniority in MaybeOf(Seniorities, about == "public-official" ? 60 : 15)
        from channel in MaybeOf(Channels, kind is "phone-number" or "email-address" or "home-address" ? 60 : 15)
        from atIssue in MaybeBool(20)
        from review in MaybeOf(CourtReviews, 15)
        from waived in MaybeBool(8)
        from ordered in MaybeBool(8)
        select new GenInformation(kind, about, seniority, channel, atIssue) { CourtReview = review, WaivedByOwner = waived, UnredactedByOrder = ordered };

    private static Gen<int[]?> Concerns(int infos)
    {
        var subset = Gen.SubListOf(Enumerable.Range(0, infos)).Where(s => s.Count > 0)
            .SelectMany(s => Gen.Frequency(
                (9, Gen.Constant(s.ToArray())),
                (1, Gen.Elements(s.ToArray()).Select(dup => s.Append(dup).ToArray())))); // a repeated id is allowed
        return Maybe(subset, 45);
    }

    /// <summary>Statements of every footing the reader tells apart, one not in English, one at the length limit.</summary>
    public static readonly string[] Statements =
    [
        "Disclosure of the per-unit prices would allow competitors to undercut our bids.",
        "The exhibit was designated confidential under the protective order.",
        "The parties agreed to keep the settlement confidential.",
        "Disclosure could harm the company's competitive standing.",
        "These are the plaintiff's medical records, and she has a right to privacy in them.",
        "The people listed have received death threats, and the list would let those who threatened them locate them.",
        "Plaintiffs argue the prices are stale. That is wrong: the royalty rates are current and licensees would use them to demand the same terms.",
        "La información contiene precios confidenciales y su divulgación causaría un daño a la empresa.",
        string.Concat(Enumerable.Repeat("The document is confidential and sensitive, and hostile actors might misuse it. ", 125))[..10_000],
    ];

    private static Gen<GenHarm> Harm(int infos) =>
        from kind in Gen.Elements(HarmKinds)
        from statement in MaybeOf(Statements, 20)
        from showing in statement is null ? Gen.Elements(Showings).Select(s => (string?)s) : MaybeOf(Showings, 50)
        from evidence in MaybeOf(Evidence, 65)
        from concerns in Concerns(infos)
        from offeredBy in MaybeOf(OfferedBy, 25)
        select new GenHarm(kind, showing, evidence, concerns, offeredBy) { Statement = statement };

    public static readonly Gen<GenItem> Item =
        from infoCount in Gen.Choose(1, 4)
        from infos in Gen.ArrayOf(Information, infoCount)
        from harmCount in Gen.Choose(0, 3)
        from harms in Gen.ArrayOf(Harm(infoCount), harmCount)
        from harmsField in harmCount > 0 ? Gen.Constant<GenHarm[]?>(harms) : Gen.Elements<GenHarm[]?>(harms, null) // [] or absent
        from request in Gen.Elements(RequestKinds)
        from title in Maybe(Gen.Elements(Texts), 30)
        from secret in MaybeOf(TraditionallySecret, 12)
        from alreadyPublic in MaybeBool(25)
        from poOnly in MaybeBool(20)
        from designatedBy in MaybeOf(Designators, 25)
        from interest in MaybeOf(PublicInterests, 45)
        from via in MaybeOf(PublicVias, 15)
        from health in MaybeBool(12)
        from exemption in MaybeOf(Rule52Exemptions, 10)
        from notSubmitted in MaybeBool(8)
        from ground in MaybeOf(Grounds, 15)
        from statute in ground == "statute" ? MaybeOf(Statutes, 70) : Gen.Constant<string?>(null)
        from remainder in MaybeOf(Remainders, 15)
        select new GenItem(request, infos, harmsField, title, secret, alreadyPublic, poOnly, designatedBy, interest)
        {
            PublicVia = via, PublicHealthOrSafety = health, Rule52Exemption = exemption, NotSubmitted = notSubmitted,
            RestsOn = ground, Statute = statute, Remainder = remainder,
        };

    public static readonly Gen<GenMotion> Motion =
        from movant in Gen.Elements(Movants)
        from filing in Gen.Elements(Filings)
        from relation in MaybeOf(MeritsRelations, 25)
        from itemCount in Gen.Choose(1, 4)
        from items in Gen.ArrayOf(Item, itemCount)
        select new GenMotion(movant, filing, items, relation);

    private static readonly Gen<string> AsOfDate = Gen.Frequency(
        (6, Gen.Choose(0, 365 * 28).Select(d => new DateOnly(2000, 1, 1).AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        (3, Gen.Elements(EdgeDates)));

    public static readonly Gen<GenRequest> Request =
        from motionCount in Gen.Choose(1, 3)
        from motions in Gen.ArrayOf(Motion, motionCount)
        from court in MaybeOf(Courts, 50)
        from asOf in Maybe(AsOfDate, 85)
        from @case in Maybe(from name in Maybe(Gen.Elements(Texts), 70) from number in Maybe(Gen.Elements(Texts), 50) select new GenCase(name, number), 40)
        from ids in Gen.Frequency((5, Gen.Constant(IdStyle.Plain)), (5, Gen.Elements(Enum.GetValues<IdStyle>())))
        from indented in Gen.Elements(true, false)
        from reversed in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new GenRequest(motions, court, asOf, @case, ids, indented, reversed);

    // ---- shrinking: each candidate is the request with one thing taken away ----

    public static IEnumerable<GenRequest> Shrink(GenRequest r)
    {
        for (var m = 0; m < r.Motions.Length && r.Motions.Length > 1; m++)
            yield return r with { Motions = Without(r.Motions, m) };
        for (var m = 0; m < r.Motions.Length; m++)
            foreach (var motion in ShrinkMotion(r.Motions[m]))
                yield return r with { Motions = With(r.Motions, m, motion) };
        if (r.Court is not null) yield return r with { Court = null };
        if (r.Case is not null) yield return r with { Case = null };
        if (r.Ids != IdStyle.Plain) yield return r with { Ids = IdStyle.Plain };
        if (r.Reversed) yield return r with { Reversed = false };
        if (!r.Indented) yield return r with { Indented = true };
    }

    private static IEnumerable<GenMotion> ShrinkMotion(GenMotion motion)
    {
        for (var i = 0; i < motion.Items.Length && motion.Items.Length > 1; i++)
            yield return motion with { Items = Without(motion.Items, i) };
        for (var i = 0; i < motion.Items.Length; i++)
            foreach (var item in ShrinkItem(motion.Items[i]))
                yield return motion with { Items = With(motion.Items, i, item) };
        if (motion.RelationToMerits is not null) yield return motion with { RelationToMerits = null };
    }

    private static IEnumerable<GenItem> ShrinkItem(GenItem item)
    {
        var harms = item.Harms ?? [];
        for (var h = 0; h < harms.Length; h++)
            yield return item with { Harms = Without(harms, h) };
        for (var k = 0; k < item.Information.Length && item.Information.Length > 1; k++)
            yield return item with { Information = Without(item.Information, k), Harms = item.Harms?.Select(h => WithoutInformation(h, k)).ToArray() };
        for (var h = 0; h < harms.Length; h++)
            foreach (var harm in ShrinkHarm(harms[h]))
                yield return item with { Harms = With(harms, h, harm) };
        for (var k = 0; k < item.Information.Length; k++)
            foreach (var info in ShrinkInformation(item.Information[k]))
                yield return item with { Information = With(item.Information, k, info) };
        if (item.Harms is { Length: 0 }) yield return item with { Harms = null };
        if (item.Title is not null) yield return item with { Title = null };
        if (item.TraditionallySecret is not null) yield return item with { TraditionallySecret = null };
        if (item.AlreadyPublic is not null) yield return item with { AlreadyPublic = null };
        if (item.ProtectiveOrderOnly is not null) yield return item with { ProtectiveOrderOnly = null };
        if (item.DesignatedBy is not null) yield return item with { DesignatedBy = null };
        if (item.PublicInterest is not null) yield return item with { PublicInterest = null };
        if (item.PublicVia is not null) yield return item with { PublicVia = null };
        if (item.PublicHealthOrSafety is not null) yield return item with { PublicHealthOrSafety = null };
        if (item.Rule52Exemption is not null) yield return item with { Rule52Exemption = null };
        if (item.NotSubmitted is not null) yield return item with { NotSubmitted = null };
        if (item.RestsOn is not null) yield return item with { RestsOn = null, Statute = null };
        if (item.Remainder is not null) yield return item with { Remainder = null };
    }

    private static IEnumerable<GenHarm> ShrinkHarm(GenHarm harm)
    {
        if (harm.Concerns is not null) yield return harm with { Concerns = null };
        if (harm.Concerns is { Length: > 1 })
            for (var c = 0; c < harm.Concerns.Length; c++)
                yield return harm with { Concerns = Without(harm.Concerns, c) };
        if (harm.Evidence is not null) yield return harm with { Evidence = null };
        if (harm.OfferedBy is not null) yield return harm with { OfferedBy = null };
    }

    private static IEnumerable<GenInformation> ShrinkInformation(GenInformation info)
    {
        if (info.Seniority is not null) yield return info with { Seniority = null };
        if (info.Channel is not null) yield return info with { Channel = null };
        if (info.AtIssue is not null) yield return info with { AtIssue = null };
        if (info.CourtReview is not null) yield return info with { CourtReview = null };
        if (info.WaivedByOwner is not null) yield return info with { WaivedByOwner = null };
        if (info.UnredactedByOrder is not null) yield return info with { UnredactedByOrder = null };
    }

    /// <summary>The harm once the item's information at position <paramref name="k"/> is gone (a harm left naming nothing names all).</summary>
    private static GenHarm WithoutInformation(GenHarm harm, int k)
    {
        if (harm.Concerns is null) return harm;
        var rest = harm.Concerns.Where(c => c != k).Select(c => c > k ? c - 1 : c).ToArray();
        return harm with { Concerns = rest.Length == 0 ? null : rest };
    }

    private static T[] Without<T>(T[] xs, int at) => xs.Where((_, i) => i != at).ToArray();

    private static T[] With<T>(T[] xs, int at, T value) => xs.Select((x, i) => i == at ? value : x).ToArray();
}
