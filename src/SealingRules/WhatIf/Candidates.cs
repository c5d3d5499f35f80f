using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.WhatIf;

/// <summary>
/// One change of fact to try: its operations on the request as sent, the fact it moves (the dimension, and which
/// instance of it, so the search can stop a dimension once it knows its outcome), and the change in words.
/// </summary>
internal sealed record Candidate(string Dimension, string Instance, IReadOnlyList<PatchOperation> Ops, string Description)
{
    /// <summary>What the change asks of the party (<see cref="Reach"/>); 0 for a fact no party controls.</summary>
    public int Asks { get; init; }
}

/// <summary>
/// The changes the contract's facts allow for one item, one dimension at a time, strongest first. Never the kind of
/// information or whom it concerns: those are the document itself, not the showing.
/// </summary>
internal static class Candidates
{
    private static readonly string[] Showings = ["specific", "generalized", "conclusory", "hypothetical", "none"];
    private static readonly string[] Evidences = ["declaration", "argument-only", "none"];
    private static readonly string[] Relations = ["tangential", "more-than-tangential"];
    private static readonly string[] PublicVias = ["this-docket", "outside-sources"];
    private static readonly string[] Interests = ["peripheral", "relevant", "central"];
    private static readonly string[] Seniorities = ["lower-level", "senior"];
    private static readonly string[] Channels = ["personal", "official"];
    private static readonly string[] Reviews = ["harmful", "innocuous"];
    private static readonly string[] Pseudonyms = ["allowed", "denied"];
    private static readonly string[] ReasonsToOffer = ["privacy", "safety", "competitive-harm", "trade-secret-disclosure", "security-vulnerability"];

    public static IEnumerable<Candidate> For(JObject motion, int m, JObject item, int i)
    {
        var mp = $"/motions/{m}";
        var ip = $"{mp}/items/{i}";
        var infos = ((JArray)item["information"]!).Cast<JObject>().ToList();
        var harms = (item["harms"] as JArray ?? []).Cast<JObject>().ToList();

        // Relation to the merits (the motion's; it decides the standard for every item).
        var relation = (string?)motion["relationToMerits"];
        foreach (var value in Relations.Where(v => v != relation))
            yield return new("relation to the merits", mp, [Set(motion, mp, "relationToMerits", value)],
                $"the filing were {(value == "tangential" ? "only tangentially" : "more than tangentially")} related to the merits");

        // Each reason offered: how it is shown, on what evidence, and what harm it claims.
        for (var h = 0; h < harms.Count; h++)
        {
            var harm = harms[h];
            var hp = $"{ip}/harms/{h}";
            var kind = (string)harm["kind"]!;
            var showing = (string?)harm["showing"];
            var about = Phrases.Harm(EnumOf<HarmKind>(kind));
            // The information this reason concerns: the harms it could carry are the only ones offered in its place.
            var concerned = harm["information"] is JArray named ? infos.Where(n => named.Any(r => (string?)r == (string?)n["id"])).ToList() : infos;
            // Words given without a label are the movant's to change: what to add to them, never a different label.
            if (showing is null && (string?)harm["statement"] is { } words)
            {
                // Within the statement's limit: a declaration already at its length has no room for more words.
                // A privilege claimed (in the request or the words) is shown by what makes the material privileged, not by
                // how disclosure would harm: the words to add are those facts.
                var privileged = RestsOnPrivilege(item) || Reading.StatementReader.Read(words).Any(f => f.Feature == Feature.PrivilegeClaimed);
                if (Addition(EnumOf<HarmKind>(kind), infos, privileged) is { } added && words.TrimEnd().Length + 1 + added.Length <= Contract.Shapes.StatementLimit)
                    yield return new("harm statement", hp, [Set(harm, hp, "statement", words.TrimEnd() + " " + added)],
                        added == PrivilegeFacts
                            ? $"the declaration added, in the declarant's own facts, what makes the material privileged (for example: \"{added}\")"
                            : $"the declaration added, in the declarant's own facts, how disclosure would cause {about} (for example: \"{added}\")")
                    { Asks = Reach.Facts };
                // A different harm this information could carry, said in words: a new reason with its facts, never a
                // new label on the same words (which the reading would judge as it judges them now).
                foreach (var value in KindsFor(concerned).Where(v => v != kind && !PlausibleHarms.AnyoneMayClaim(EnumOf<HarmKind>(v))))
                    if (Addition(EnumOf<HarmKind>(value), concerned) is { } other && words.TrimEnd().Length + 1 + other.Length <= Contract.Shapes.StatementLimit)
                        yield return new("harm kind and statement", hp, [Set(harm, hp, "kind", value), Set(harm, hp, "statement", words.TrimEnd() + " " + other)],
                            $"the declaration claimed {Phrases.Harm(EnumOf<HarmKind>(value))} instead of {about} and said, in the declarant's own facts, how disclosure would cause it (for example: \"{other}\")")
                        { Asks = Reach.NewReason };
            }
            else
                foreach (var value in Showings.Where(v => v != showing))
                    yield return new("harm showing", hp, [Set(harm, hp, "showing", value)],
                        // Where the item rests on privilege, what the showing proves is the privilege, not the harm named.
                        RestsOnPrivilege(item) && value == "specific" && PlausibleHarms.AnyoneMayClaim(EnumOf<HarmKind>(kind))
                            // What the facts must show is the privilege itself, never the harm the item names beside it.
                            ? "the movant showed with specific facts that the material is privileged (that each part is a confidential communication with counsel for legal advice, or work product, and that the protection was not waived)"
                            : $"the movant supported its claim of {about} with {ShowingWords(value)} rather than {ShowingWords(showing!)}")
                    { Asks = Reach.Facts };
            var evidence = (string?)harm["evidence"];
            foreach (var value in Evidences.Where(v => v != evidence))
                yield return new("evidence", hp, [Set(harm, hp, "evidence", value)],
                    $"the claim of {about} were supported by {EvidenceWords(value)}{(evidence is null ? "" : $" instead of {EvidenceWords(evidence)}")}")
                { Asks = Reach.Filing };
            // Only a harm the information could truly carry (PlausibleHarms): a party cannot choose its harm.
            foreach (var value in KindsFor(concerned).Where(v => v != kind))
                yield return new("harm kind", hp, [Set(harm, hp, "kind", value)],
                    $"the harm claimed were {Phrases.Harm(EnumOf<HarmKind>(value))} instead of {about}")
                { Asks = Reach.NewReason };
            if ((string)item["designatedBy"]! is { } d && d != "movant" && (string?)harm["offeredBy"] != "designating-party")
                yield return new("who offers the showing", hp, [Set(harm, hp, "offeredBy", "designating-party")],
                    $"the party that designated the material itself made the showing of {about}")
                { Asks = Reach.Filing };
        }

        // A reason where none is offered for a piece of information; for another party's material, the showing is the
        // designating party's to make, never the filer's.
        var designated = (string?)item["designatedBy"] is { } by && by != "movant";
        for (var n = 0; n < infos.Count; n++)
        {
            var id = (string)infos[n]["id"]!;
            if (harms.Any(h => h["information"] is not JArray refs || refs.Any(r => (string)r! == id))) continue;
            var plausible = PlausibleHarms.For(KindOf(infos[n]), AboutOf(infos[n]), PartyTypes.Of(infos[n]));
            var offered = PlausibleHarms.KindsOwnFirst(KindOf(infos[n]), AboutOf(infos[n]), PartyTypes.Of(infos[n]), ReasonsToOffer.Select(EnumOf<HarmKind>).Where(plausible.Contains));
            foreach (var kind in offered.Select(h => Kebab.Of(h)))
            {
                var harm = new JObject { ["kind"] = kind, ["showing"] = "specific", ["evidence"] = "declaration", ["information"] = new JArray(id) };
                if (designated) harm["offeredBy"] = "designating-party";
                PatchOperation op = item["harms"] is JArray
                    ? new("add", $"{ip}/harms/-") { Value = harm }
                    : new("add", $"{ip}/harms") { Value = new JArray(harm) };
                yield return new("reason offered", $"{ip}/information/{n}", [op],
                    $"{(designated ? "the party that designated the material" : "the movant")} showed, with specific facts in a declaration, {Phrases.RiskOf(EnumOf<HarmKind>(kind))} from disclosing {Phrases.The(KindOf(infos[n]))}")
                { Asks = Reach.NewReason };
            }
        }

        // The item's facts.
        foreach (var c in Toggle(item, ip, "alreadyPublic", "the information were already in the public domain", "the information were not already public")) yield return c;
        if ((bool?)item["alreadyPublic"] == true)
            foreach (var value in PublicVias.Where(v => v != ((string?)item["publicVia"] ?? "outside-sources")))
                yield return new("where it became public", ip, [Set(item, ip, "publicVia", value)], value == "this-docket"
                    ? "the information were public only because it was filed earlier on this docket"
                    : "the information were public from sources outside this case");
        foreach (var c in Toggle(item, ip, "protectiveOrderOnly", "the only support offered were a protective-order designation", "the movant offered more than a protective-order designation"))
            yield return (bool?)item["protectiveOrderOnly"] == true ? c with { Asks = Reach.Facts } : c;
        if (((string?)item["designatedBy"] ?? "movant") != "movant")
            yield return new("designating party", ip, [Set(item, ip, "designatedBy", "movant")], "the movant itself had designated the material confidential");
        var interest = (string?)item["publicInterest"];
        foreach (var value in Interests.Where(v => v != interest))
            yield return new("public interest", ip, [Set(item, ip, "publicInterest", value)],
                $"the information were {value} to the public's understanding of the case");
        if ((bool?)item["notSubmitted"] == true)
            yield return new("documents submitted", ip, [Set(item, ip, "notSubmitted", false)], "the documents had been lodged with the court for its review") { Asks = Reach.AskOnly };
        foreach (var c in Toggle(item, ip, "publicHealthOrSafety", "the information mattered to public health or safety", "the information did not matter to public health or safety")) yield return c;

        // Rule 5.2: exemption and waiver, and the court's order.
        var identifiers = infos.Select((info, n) => (info, n)).Where(x => Taxonomy.IsRule52Identifier(KindOf(x.info), AboutOf(x.info), FormOf(x.info), PartyTypes.Of(x.info) != PartyType.Organization)).ToList();
        if (identifiers.Count > 0 && ((string?)item["rule52Exemption"] ?? "none") == "none")
            yield return new("Rule 5.2 exemption", ip, [Set(item, ip, "rule52Exemption", "earlier-court-record")],
                "the filing were an earlier court record exempt from Rule 5.2's redaction requirement (Rule 5.2(b)(4))");

        // Each piece of information's own facts.
        for (var n = 0; n < infos.Count; n++)
        {
            var info = infos[n];
            var np = $"{ip}/information/{n}";
            var the = Phrases.The(KindOf(info));
            var atIssue = (bool?)info["atIssue"];
            // Only a party puts its own information at issue; anyone else's is at issue when the claims turn on it.
            var party = AboutOf(info) == Subject.Party;
            if (atIssue != true) yield return new("at issue", np, [Set(info, np, "atIssue", true)],
                party ? $"the party it concerns had put {the} at issue in the case" : $"the claims turned on {the}");
            if (atIssue != false) yield return new("at issue", np, [Set(info, np, "atIssue", false)],
                party ? $"the party it concerns had not put {the} at issue in the case" : $"the claims did not turn on {the}");
            if (AboutOf(info) == Subject.PublicOfficial)
            {
                var seniority = (string?)info["seniority"];
                foreach (var value in Seniorities.Where(v => v != seniority))
                    yield return new("seniority", np, [Set(info, np, "seniority", value)], $"the official were {(value == "senior" ? "a senior official" : "a lower-level employee")}");
            }
            if (KindOf(info) is InformationKind.EmailAddress or InformationKind.PhoneNumber or InformationKind.HomeAddress)
            {
                var channel = (string?)info["channel"];
                foreach (var value in Channels.Where(v => v != channel))
                    yield return new("channel", np, [Set(info, np, "channel", value)], $"{the} were {(value == "personal" ? "a personal account or line" : "an official account or line")}");
            }
            if (Taxonomy.IsRule52Identifier(KindOf(info), AboutOf(info), FormOf(info), PartyTypes.Of(info) != PartyType.Organization))
            {
                foreach (var c in Toggle(info, np, "waivedByOwner", $"the person had filed {the} unredacted, waiving Rule 5.2(a)'s protection", $"the person had not waived Rule 5.2(a)'s protection for {the}")) yield return c;
                foreach (var c in Toggle(info, np, "unredactedByOrder", $"the court had ordered that {the} may be filed unredacted", $"no order allowed {the} to be filed unredacted")) yield return c;
            }
            // Whether the court lets the person use a pseudonym is the court's ruling on another motion: never advice.
            if (IdentifiesSomeone(info))
            {
                var pseudonym = (string?)info["pseudonym"];
                foreach (var value in Pseudonyms.Where(v => v != pseudonym))
                    yield return new("pseudonym", np, [Set(info, np, "pseudonym", value)], value == "allowed"
                        ? "the court had allowed the person it identifies to proceed under a pseudonym"
                        : "the court had refused the person it identifies leave to proceed under a pseudonym");
            }
            var review = (string?)info["courtReview"];
            foreach (var value in Reviews.Where(v => v != review))
                yield return new("court's own review", np, [Set(info, np, "courtReview", value)], value == "harmful"
                    ? $"the court's own review of the document found that disclosing {the} would cause harm"
                    : $"the court's own review of the document found {the} innocuous");
        }
    }

    // The harms a claim about this information could be recast as: those every piece of it could truly carry
    // (PlausibleHarms), strongest first; none that never suffice alone, which no party would be advised to claim.
    private static IEnumerable<string> KindsFor(List<JObject> infos) => Enum.GetValues<HarmKind>()
        .Where(k => !Taxonomy.NeverCompellingAlone(k))
        .Where(k => PlausibleHarms.Fits(k, infos.Select(n => (KindOf(n), AboutOf(n), PartyTypes.Of(n)))))
        .Select(k => Kebab.Of(k));

    // What a pseudonym shields, of a person rather than a company.
    private static bool IdentifiesSomeone(JObject info)
        => (AboutOf(info) is Subject.Party or Subject.PrivateIndividual or Subject.Minor) && PartyTypes.Of(info) != PartyType.Organization
            && Taxonomy.PointsToAPerson(KindOf(info));

    private static IEnumerable<Candidate> Toggle(JObject obj, string path, string field, string whenTrue, string whenFalse)
    {
        var now = (bool?)obj[field] == true;
        yield return new(Dimension(field), path, [Set(obj, path, field, !now)], now ? whenFalse : whenTrue);
    }

    private static string Dimension(string field) => field switch
    {
        "alreadyPublic" => "already public",
        "protectiveOrderOnly" => "protective order only",
        "publicHealthOrSafety" => "public health or safety",
        "waivedByOwner" => "Rule 5.2 waiver",
        "unredactedByOrder" => "Rule 5.2 order",
        _ => field,
    };

    /// <summary>What a declaration says of a privileged communication: who, with which lawyer, for what, kept how.</summary>
    internal const string PrivilegeFacts = "Each document is a communication between the client's officers and its counsel, made in confidence to seek legal advice and shared with no one outside the client; the privilege has not been waived.";

    /// <summary>
    /// A sentence of the kind the particularity rules read as specific, for a harm given in words: who would use the
    /// information and how. An example to adapt to the declarant's own facts, never a fact the engine knows.
    /// </summary>
    /// <param name="harm">The harm the words are to show.</param>
    /// <param name="infos">The information the reason concerns.</param>
    /// <param name="privileged">Whether the reason claims a privilege, which words show by what makes the material privileged.</param>
    internal static string? Addition(HarmKind harm, List<JObject> infos, bool privileged = false)
    {
        if (privileged && Taxonomy.AnsweredByPrivilege(harm)) return PrivilegeFacts;
        // The kind's own example where it speaks to this harm (royalty rates for a licence, camera positions for a video).
        if (Reading.KindAdvice.For(infos.Select(KindOf)) is { } advice && advice.Fits.Contains(harm)) return advice.Example;
        var what = Phrases.The(KindOf(infos[0]));
        return harm switch
        {
            HarmKind.CompetitiveHarm or HarmKind.TradeSecretDisclosure =>
                $"Competitors who bid for the same customers would use {what} to undercut our prices and to demand the same terms in their negotiations with us.",
            // A system's own weaknesses are told by what a report of them holds, not by cameras and patrols.
            HarmKind.SecurityVulnerability when infos.Any(i => KindOf(i) is InformationKind.TechnicalInformation or InformationKind.SourceCode) =>
                "The report lists the unpatched servers by name and the steps the testers used to get in; anyone who read it could repeat those steps before the servers are patched.",
            HarmKind.SecurityVulnerability =>
                "The document shows the locations of the cameras and the schedule of the patrols, which would let smugglers evade surveillance.",
            // Interference with an investigation is a different harm from a security gap: its example names the
            // investigation and what disclosure would let its targets do.
            HarmKind.LawEnforcementInterference =>
                "The document sets out the investigative techniques and the schedule of the surveillance, which would let the targets of the investigation evade it.",
            // A party's own danger is told of the party, not of "the people named in" its own name.
            HarmKind.Safety or HarmKind.Persecution when infos.All(i => AboutOf(i) == Subject.Party) =>
                "The party has received threats from the people this case concerns, and their name in the public record would let those people identify and locate them.",
            HarmKind.Safety or HarmKind.Persecution =>
                $"The people named in {what} have received threats, and disclosure would let those who threatened them locate them at their home addresses.",
            // Privacy is not danger: its example says whose private facts these are and why the public needs none of
            // them, never that threats were made (advice to claim threats would be advice to claim a different harm).
            // A party's own facts are said to be its own: telling it to call itself a non-party would be false advice.
            HarmKind.Privacy when infos.All(i => AboutOf(i) == Subject.Party) =>
                $"{Phrases.Capitalized(what)} concerns the party's own private affairs, which nothing in the dispute requires the public to know; disclosure would expose that party to unwanted contact and scrutiny.",
            HarmKind.Privacy =>
                $"{Phrases.Capitalized(what)} identifies people who are not parties to this case; disclosure would expose them to unwanted contact and scrutiny, and nothing in the dispute turns on who they are.",
            _ => null,
        };
    }

    // "replace" where the member exists, "add" where it does not (RFC 6902: replace needs the member to exist).
    private static PatchOperation Set(JObject obj, string path, string field, JToken value)
        => new(obj[field] is null ? "add" : "replace", $"{path}/{JsonPatch.Escape(field)}") { Value = value };

    private static string ShowingWords(string showing) => showing switch
    {
        "specific" => "specific facts tied to the information",
        "generalized" => "a general concern",
        "conclusory" => "a bare assertion",
        "hypothetical" => "speculation",
        _ => "nothing at all",
    };

    private static string EvidenceWords(string evidence) => evidence switch
    {
        "declaration" => "a declaration",
        "argument-only" => "argument alone",
        _ => "nothing",
    };

    private static InformationKind KindOf(JObject info) => EnumOf<InformationKind>((string)info["kind"]!);

    private static Subject AboutOf(JObject info) => EnumOf<Subject>((string)info["about"]!);

    private static IdentityForm? FormOf(JObject info) => (string?)info["form"] is { } form ? EnumOf<IdentityForm>(form) : null;

    private static T EnumOf<T>(string kebab) where T : struct, Enum
        => Enum.GetValues<T>().First(v => Kebab.Of(v) == kebab);

    private static bool RestsOnPrivilege(JObject item) => item["restsOn"] is JArray grounds && grounds.Any(g => (string?)g == "privilege");
}
