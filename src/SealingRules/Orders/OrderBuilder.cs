using SealingRules.Contract;
using SealingRules.Model;
using Findings = System.Collections.Generic.List<(string Letter, System.Collections.Generic.List<SealingRules.Contract.ItemResult> Items, System.Collections.Generic.List<(SealingRules.Contract.StepResult Step, string? SaidIn)> Steps)>;

namespace SealingRules.Orders;

/// <summary>
/// Fills a <see cref="ProposedOrder"/> from a request and its evaluation. Every finding in the order is a finding of
/// the evaluation, word for word (a finding on part of a document opened with what it concerns), with the same
/// authorities: the order adds the form, never reasoning of its own.
/// </summary>
public static partial class OrderBuilder
{
    /// <summary>The order a court applying the evaluation would sign.</summary>
    public static ProposedOrder Build(SealingRequest request, SealingResult result)
    {
        var motions = request.Motions.ToDictionary(m => m.Id, StringComparer.Ordinal);
        // An order does not cite itself (the seed's own slip opinion), nor another district's order for its disposition.
        Paragraph ParagraphOf(StepResult step) => new(step.Finding, [.. Reports.CiteScope.Printed(step, request.Court, request.CaseNumber).Select(a => a.Cite)]);
        var findings = Reports.ReportOutline.Findings(result);
        var order = new ProposedOrder(Caption(request, result), Background(request, result), Standard(request, result, ParagraphOf),
            Discussion(request, result, findings, ParagraphOf), Table(request, result, findings), Conclusion(request, result, motions, findings, ParagraphOf));
        return InShortForms(InTheDistrictsWords(request, result, order))
            with
        { PleadingPaper = IsPleadingPaper(request.Court), Judge = Signer(request.CaseJudge), JudgeTitle = SignerTitle(request.CaseJudge) };
    }

    /// <summary>
    /// The judge as the signature block names them: "Hon. Jane Doe", whatever title the request wrote before the name
    /// ("Magistrate Judge Jane Doe"), since the line beneath gives the title (<see cref="SignerTitle"/>).
    /// </summary>
    internal static string? Signer(string? judge)
    {
        if (string.IsNullOrWhiteSpace(judge)) return null;
        var name = Titles().Replace(judge.Trim(), "");
        return name.Length == 0 ? null : "Hon. " + name;
    }

    /// <summary>The title under the judge's name: a magistrate judge's where the request says so.</summary>
    internal static string SignerTitle(string? judge)
    {
        var office = judge?.Contains("Magistrate", StringComparison.OrdinalIgnoreCase) == true ? "United States Magistrate Judge" : "United States District Judge";
        // A chief or senior judge signs with that rank before the office ("Chief United States District Judge").
        var rank = judge is null ? "" : Rank().Match(judge) is { Success: true } m ? Phrases.Capitalized(m.Value.ToLowerInvariant()) + " " : "";
        return rank + office;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(chief|senior)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Rank();

    // "The Honorable", "Hon.", "Chief", "U.S.", "United States", "Magistrate", "District", "Judge", in any order before the
    // name, and a title after a comma (", U.S. Magistrate Judge"): the name alone is left.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:the\s+)?hon(?:ou?rable)?\b\.?\s*|chief\s+|senior\s+|u\.\s?s\.\s*|united\s+states\s+|magistrate\s+|district\s+|judge\b\s*)+|\s*,\s*(?:chief\s+|senior\s+)?(?:u\.\s?s\.\s*|united\s+states\s+)?(?:magistrate\s+|district\s+)?judge\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Titles();

    /// <summary>The districts whose local rules ask for pleading paper of 28 numbered lines (N.D. and S.D. Cal.).</summary>
    internal static bool IsPleadingPaper(string? court) => court is "N.D. Cal." or "S.D. Cal.";

    /// <summary>The caption with each side's designation ("Plaintiffs," where the side names several).</summary>
    internal static Caption Designated(Caption caption) => caption with
    {
        PlaintiffRole = Several(caption.Plaintiffs) ? "Plaintiffs," : "Plaintiff,",
        DefendantRole = Several(caption.Defendants) ? "Defendants." : "Defendant.",
    };

    internal static bool Several(string side)
    {
        if (side.Contains("et al.", StringComparison.Ordinal)) return true;
        // What describes one party is not another party: "J.R., a minor, by and through his guardian ad litem Ana Reyes",
        // "Acme, Inc.", "Jane Roe, individually and on behalf of all others similarly situated".
        var one = OneParty().Replace(side, "");
        return one.Contains(" and ", StringComparison.Ordinal) || one.Contains(", ", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@",?\s*\b(a minor|an individual|individually( and on behalf of [^,]*)?|on behalf of [^,]*|by and through [^,]*|through (his|her|their) [^,]*|as (guardian|parent|next friend|personal representative|special administrator|successor|trustee|executor|administrator)[^,]*|(Inc|Corp|Co|Ltd|L\.P|N\.A|P\.C|P\.A)\.|LLC|L\.L\.C\.|LLP|LP)(?=,|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OneParty();

    // The order cites each authority in full the first time it is read, in short form after.
    internal static ProposedOrder InShortForms(ProposedOrder order)
    {
        var forms = new Reports.CiteForms();
        List<Paragraph> Cited(IEnumerable<Paragraph> paragraphs) => [.. paragraphs.Select(p => p.Cites.Count == 0 ? p : p with { Cites = forms.Of(p.Cites) })];
        var background = Cited(order.Background);
        var standard = Cited(order.Standard);
        var discussion = order.Discussion.Select(s => s with { Paragraphs = Cited(s.Paragraphs) }).ToList();
        return order with { Background = background, Standard = standard, Discussion = discussion, Conclusion = Cited(order.Conclusion) };
    }

    internal static Caption Caption(SealingRequest request, SealingResult result)
    {
        var name = request.CaseName ?? "";
        var v = name.IndexOf(" v. ", StringComparison.Ordinal);
        var (plaintiffs, defendants) = v < 0 ? (name, "") : (name[..v], name[(v + 4)..]);
        var subject = result.Motions.Count == 1 ? "MOTION" : "MOTIONS";
        // Docket references in parentheses; an id that is the paper's own title says nothing the title does not.
        var references = result.Motions.Select(m => m.Id).Where(id => !Phrases.NamesAPaper(id)).ToList();
        // A motion to unseal is titled as the motion it is, whoever bears the burden of keeping the record sealed.
        var unseal = request.Motions.Count(m => m.Posture == Posture.MotionToUnseal);
        // E.D. Cal. decides a Request to Seal Documents (L.R. 141(b)), not a motion.
        var paper = request.Court == "E.D. Cal." && unseal == 0 ? (result.Motions.Count == 1 ? "REQUEST TO SEAL DOCUMENTS" : "REQUESTS TO SEAL DOCUMENTS") : null;
        var what = unseal == 0 ? "TO FILE UNDER SEAL" : unseal == request.Motions.Count ? "TO UNSEAL" : "TO SEAL AND TO UNSEAL";
        return Designated(new Caption(["UNITED STATES DISTRICT COURT", Courts.DistrictLine(request.Court)], name, plaintiffs, defendants,
            request.CaseNumber ?? "____________",
            $"[PREDICTED] ORDER ON {paper ?? $"{subject} {what}"}{(references.Count == 0 ? "" : $" ({string.Join(", ", references.Select(Unnested))})")}"));
    }

    // The engine's findings speak of "the movant" as the party asking for secrecy and of motions filed; an order names
    // that party as the court would, and one under E.D. Cal. L.R. 141 speaks of requests submitted.
    private static ProposedOrder InTheDistrictsWords(SealingRequest request, SealingResult result, ProposedOrder order)
    {
        var unsealing = request.Motions.Count > 0 && request.Motions.All(m => m.Posture == Posture.MotionToUnseal);
        var request141 = request.Court == "E.D. Cal." && !unsealing;
        // The party keeping the records sealed, where one party does for every motion.
        Movant? keeper = unsealing && request.Motions.Select(m => m.Movant).Distinct().ToList() is [var one] ? one : unsealing ? Movant.Joint : null;
        // Where one party brings every motion, a court names it throughout ("Plaintiff has shown", "the government's
        // declaration"), as the order's background and standard already do; the findings' "the movant" follows. Joint
        // movants are left as "the movant": "the parties shows" would not be English. The reports name it alike
        // (SealingResult.MovantNoun, decided once where the result is built).
        var named = result.MovantNoun;
        if (!unsealing && !request141 && named is null) return order;
        string Said(string text)
        {
            if (keeper is { } k)
                text = Reports.UnsealWords.Said(text, k, request.CaseName);
            if (named is not null)
                text = MovantNamed(text, named);
            if (request141)
                text = text.Replace("If no amended motion is filed", "If no amended request is submitted", StringComparison.Ordinal)
                    .Replace("If no amended motions are filed", "If no amended requests are submitted", StringComparison.Ordinal)
                    .Replace("may file an amended motion", "may submit an amended request", StringComparison.Ordinal)
                    .Replace("may file amended motions", "may submit amended requests", StringComparison.Ordinal);
            return text;
        }
        List<Paragraph> All(IEnumerable<Paragraph> ps) => [.. ps.Select(p => p with { Text = Said(p.Text) })];
        return order with
        {
            Standard = All(order.Standard),
            Discussion = [.. order.Discussion.Select(s => s with { Heading = Said(s.Heading), Paragraphs = All(s.Paragraphs) })],
            Table = [.. order.Table.Select(r => r with { Reason = Said(r.Reason) })],
            Conclusion = All(order.Conclusion),
        };
    }

    // A title that already says whose paper it is ("Plaintiff's administrative motion to seal AR", "Defendants' motion").
    private static bool OwnsItsTitle(string title) => System.Text.RegularExpressions.Regex.IsMatch(title, @"^\w+(['’]s|s['’])\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A reference that carries its own parentheses ("Dell request (Notice, ECF No. 134)") is set inside the title's
    // parentheses with commas instead, never one pair within another.
    internal static string Unnested(string id) => id.Replace(" (", ", ", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);

    // E.D. Cal. L.R. 141(b): a party submits a Request to Seal Documents, not a motion.
    private static string Noun(SealingRequest request, Motion motion) => request.Court == "E.D. Cal." && motion.Posture != Posture.MotionToUnseal ? "request" : "motion";

    private static List<Paragraph> Background(SealingRequest request, SealingResult result)
    {
        var paragraphs = new List<Paragraph>();
        string Of(Motion motion)
        {
            var items = request.Items.Where(i => i.MotionId == motion.Id).ToList();
            var declared = items.Any(i => Declared(request, i.Id));
            var documents = items.Count == 1 ? "one document" : $"{Number(items.Count)} documents";
            // A motion whose id is its title ("Request to Seal Documents") is named by it, not repeated beside "motion".
            var named = Phrases.NamesAPaper(motion.Id) ? $"{Phrases.PaperTitle(motion.Id)}, which concerns "
                : motion.Posture == Posture.MotionToUnseal ? $"motion ({motion.Id}) to unseal "
                : $"{Noun(request, motion)} ({motion.Id}) to {(Noun(request, motion) == "request" ? "seal" : "file under seal")} ";
            // A motion to unseal is its movant's; the party keeping the record sealed answers it.
            var whose = Phrases.NamesAPaper(motion.Id) && OwnsItsTitle(Phrases.PaperTitle(motion.Id)) ? "" : motion.Posture == Posture.MotionToUnseal
                ? motion.UnsealMovant switch { UnsealMovant.Press => "the press's", UnsealMovant.Intervenor => "the intervenor's", _ => "a party's" }
                : Possessive(Phrases.Movant(motion));
            // A filing of no listed kind is not named: "submitted with the underlying filing" says nothing.
            var with = motion.Filing == UnderlyingFiling.Other ? "" : $" submitted with {Phrases.Filing(motion.Filing)}";
            // On a motion to unseal the declaration is the opposing party's, not the movant's.
            var support = !declared ? "" : motion.Posture == Posture.MotionToUnseal
                ? $"; {Phrases.Movant(motion)} opposes, supported by a declaration" : ", supported by a declaration";
            return $"{(whose.Length == 0 ? "" : whose + " ")}{named}{documents}{with}{support}";
        }
        // One motion is one sentence; several are listed in one, as a court introduces motions it decides together.
        paragraphs.Add(new Paragraph(request.Motions.Count == 1
            ? $"Before the Court is {Of(request.Motions[0])}."
            : $"Before the Court are {Number(request.Motions.Count)} motions: {string.Join("; ", request.Motions.Select(Of))}.", []));
        paragraphs.Add(new Paragraph(result.Motions.Count == 1
            ? $"Having considered the {Noun(request, request.Motions[0])} and the documents it concerns, the Court rules as follows."
            : "Having considered the motions and the documents they concern, the Court rules as follows.", []));
        return paragraphs;
    }

    // The standard the court applies: each motion's steps before the items, said once when motions share them.
    // A rule that several motions share is said once, in the words of a joint motion where there is one ("the parties
    // bear the burden"), as an order ruling on several motions together would.
    private static List<Paragraph> Standard(SealingRequest request, SealingResult result, Func<StepResult, Paragraph> paragraph)
    {
        var joint = request.Motions.Where(m => m.Movant == Movant.Joint).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var steps = result.Motions.SelectMany(m => m.Reasoning.Where(s => !IsRemedy(s)).Select(s => (Motion: m.Id, Step: s))).ToList();
        return [.. steps.Select(x => x.Step.Rule).Distinct(StringComparer.Ordinal)
            .Select(rule => steps.Where(x => x.Step.Rule == rule).OrderBy(x => joint.Contains(x.Motion) ? 0 : 1).First().Step)
            .Select(paragraph)];
    }

    // A category is the documents the evaluation decides with the same findings (ReportOutline): said once for all of
    // them, a finding made of several pieces alike said once for them all, one already said for an earlier part recalled.
    private static List<Section> Discussion(SealingRequest request, SealingResult result, Findings findings, Func<StepResult, Paragraph> paragraph)
        => [.. findings.Select(f => new Section(Phrases.List(f.Items.Select(i => DocumentName(request, result, i.Id)).Distinct()),
            [.. f.Steps.Select(x =>
            {
                // A finding on part of a document's information opens with what it concerns, as the report does.
                var text = InItsOwnWords(Reports.StepSubjects.Opened(x.Step, f.Items[0], result.Labels), x.Step, f.Items.Count, result);
                return x.SaidIn is { } earlier ? new Paragraph($"{FirstSentence(text)} See Part III.{earlier}, above.", []) : paragraph(x.Step) with { Text = text };
            })]))];

    // A finding on one piece of one document names it as the table does, by the movant's own label ("no reason … has been
    // shown for the per-mile pay rates"), not by its kind ("the pricing terms"). Not where the part decides several
    // documents (each has its own label), nor where the label and the kind differ in number ("they stay public"), nor
    // where the label is too long to read as a noun phrase inside a sentence.
    private static string InItsOwnWords(string text, StepResult step, int documents, SealingResult result)
    {
        if (documents != 1 || step.Concerns is not [var id] || !result.Portions.TryGetValue(id, out var own) || !result.Labels.TryGetValue(id, out var kind)
            || own == kind || Plural(own) != Plural(kind) || !Short(own))
            return text;
        return System.Text.RegularExpressions.Regex.Replace(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(kind)}\b", own.Replace("$", "$$", StringComparison.Ordinal), System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    // A label said inside a sentence must read as a noun phrase there: a long one, or one with its own commas, parentheses
    // or quotation ("the descriptions of the tasks performed, with the hours incurred") stays in the table.
    private static bool Short(string label) => label.Split(' ').Length <= 6 && label.IndexOfAny([',', '(', ')', '"', '\u201C', '\u201D', ';', ':']) < 0;

    private static bool Plural(string noun) => noun.Split(' ')[^1] is var last && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal);

    private static List<TableRow> Table(SealingRequest request, SealingResult result, Findings findings)
    {
        var partOf = findings.SelectMany(f => f.Items.Select(i => (i.Id, f.Letter))).ToDictionary(x => x.Id, x => x.Letter, StringComparer.Ordinal);
        var rows = new List<TableRow>();
        foreach (var motion in result.Motions)
            foreach (var item in motion.Items)
            {
                var asked = request.Items.First(i => i.Id == item.Id);
                var placed = request.Filing.Item(item.Id);
                var portion = placed?.Portions ?? (asked.Request == RequestKind.Seal ? "Entire document"
                    : Phrases.Capitalized(Labels(result, request.Information.Where(n => n.ItemId == item.Id).Select(n => n.Id))));
                var unsealing = request.Motions.First(m => m.Id == motion.Id).Posture == Posture.MotionToUnseal;
                var ruling = unsealing ? item.Relief switch
                {
                    // On a motion to unseal, the row rules on unsealing: what the engine keeps sealed is what the motion loses.
                    Relief.Full => "DENIED: remains sealed",
                    Relief.Partial when item.Outcome == Outcome.Redact => $"GRANTED IN PART: unsealed, with {Labels(result, item.Redact)} redacted",
                    Relief.Partial => "GRANTED IN PART",
                    _ => "GRANTED: unsealed",
                } : item.Relief switch
                {
                    Relief.Full => "GRANTED",
                    // Under a motion denied as a whole (the seed's form), the redactions are permitted, not granted, so the
                    // row says what the decretal paragraph says.
                    Relief.Partial when item.Outcome == Outcome.Redact && motion.Disposition == Disposition.Denied => $"DENIED ({(motion.WithoutPrejudice ? "without" : "with")} prejudice); redaction of {Labels(result, item.Redact)} permitted",
                    Relief.Partial when item.Outcome == Outcome.Redact => $"GRANTED IN PART: redact {Labels(result, item.Redact)}; otherwise DENIED",
                    Relief.Partial => "GRANTED IN PART",
                    _ => "DENIED",
                };
                // Said inside the ruling where the motion is denied but redactions are permitted.
                var prejudice = unsealing || item.Relief == Relief.Full || ruling.StartsWith("DENIED", StringComparison.Ordinal) && ruling.Contains("permitted", StringComparison.Ordinal) ? "—"
                    : motion.WithoutPrejudice ? "Without prejudice" : "With prejudice";
                var title = result.ItemNames.GetValueOrDefault(item.Id, item.Id);
                var label = placed?.Exhibit ?? Phrases.PaperTitle(motion.Id);
                // A title with a docket entry of its own ("Motion to Enforce Settlement (ECF 66)") is not put under the
                // motion's number: "ECF 69: … (ECF 66)" reads as if the paper were the motion.
                var named = placed?.Exhibit is { Length: > 0 } ? NamesExhibit(title, ExhibitLabel(label)) : placed?.Exhibit is null && OwnDocketEntry().IsMatch(title);
                rows.Add(new TableRow(named ? title : $"{label}: {title}", portion, ruling, prejudice,
                    Reason(request, result, item, partOf[item.Id])));
            }
        return rows;
    }

    // A table cell says, for each part of the document, what the weighing decided, as a clerk's chart does ("The phone
    // number: compelling reasons shown"); the findings and their authorities are in the part of the discussion it names.
    private static string Reason(SealingRequest request, SealingResult result, ItemResult item, string part)
    {
        // What is kept from the public first (the reason for what the row grants), then what stays public.
        bool Beneath(StepResult s) => FloorBeneath(item, s);
        var weighing = item.Reasoning.Where(s => Decided(s.Rule, item.Standard, Beneath(s)) is not null)
            .OrderBy(s => s.Leans == Leans.Secrecy ? 0 : 1).ToList();
        var said = weighing.GroupBy(s => Decided(s.Rule, item.Standard, Beneath(s))!, StringComparer.Ordinal)
            .Select(g => $"{Phrases.Capitalized(Labels(result, g.SelectMany(s => s.Concerns).Distinct(StringComparer.Ordinal)))}: {g.Key}.")
            .ToList();
        var reason = (said.Count > 0 ? string.Join(" ", said) + " " : "") + $"See Part III.{part}.";
        // The declaration is cited where the request says where it gives the reason ("Howe Decl. ¶ 5"); a bare "see the
        // declaration" in every row tells a clerk nothing.
        if (item.Relief != Relief.None && request.Filing.Item(item.Id)?.Declaration is { Length: > 0 } cited) reason += $" {cited}.";
        return reason;
    }

    /// <summary>
    /// Rule 5.2(a) beneath a reason that suffices on its own: the piece is withheld in full, the rule only its floor.
    /// </summary>
    internal static bool FloorBeneath(ItemResult item, StepResult s) => s.Rule == "rule-5-2/floor" && item.Reasoning.Any(r => r.Leans == Leans.Secrecy && r.Concerns.Intersect(s.Concerns).Any()
        && !r.Rule.StartsWith("rule-5-2/", StringComparison.Ordinal) && !r.Rule.StartsWith("weighing/", StringComparison.Ordinal));

    /// <summary>A chart's words for a piece withheld in full above Rule 5.2(a)'s floor.</summary>
    internal const string RedactedInFull = "redacted in full (Fed. R. Civ. P. 5.2(a) requires at least a partial redaction)";

    // What each weighing rule decided, in a chart's words, under the standard the item is held to.
    private static string? Decided(string rule, Model.Standard standard, bool floorBeneath) => rule switch
    {
        "weighing/sufficient-reason" => standard == Model.Standard.GoodCause ? "good cause for withholding" : "compelling reasons for withholding",
        // Redacted in full on a reason that suffices, Rule 5.2(a) only the floor beneath it: the reason is the ruling's.
        "rule-5-2/floor" when floorBeneath => RedactedInFull,
        "weighing/presumption-stands" => standard == Model.Standard.GoodCause ? "no good cause shown" : "no compelling reason shown",
        "weighing/access-required" => "the public's right of access prevails",
        "weighing/public-interest-prevails" => "the public's interest in it outweighs the reason shown",
        "weighing/secret-record" => "not open to public access",
        "rule-5-2/floor" => "redacted as Fed. R. Civ. P. 5.2(a) requires",
        _ => null,
    };

    private static List<Paragraph> Conclusion(SealingRequest request, SealingResult result, Dictionary<string, Motion> motions, Findings findings, Func<StepResult, Paragraph> paragraph)
    {
        var paragraphs = new List<Paragraph>();
        // What several motions' directions end with alike (how redacted versions are filed) is ordered once, after them.
        var shared = result.Motions.SelectMany(m => m.Reasoning.Where(Directs)).GroupBy(s => s.Rule, StringComparer.Ordinal)
            .Select(g => (Rule: g.Key, First: g.First(), Ending: Reports.RemedyWords.SharedEnding([.. g.Select(s => s.Finding)])))
            .Where(x => x.Ending is not null).ToList();
        StepResult Own(StepResult s) => shared.FirstOrDefault(x => x.Rule == s.Rule) is { Ending: { } ending }
            ? s with { Finding = s.Finding[..^ending.Length].TrimEnd(), Authorities = [] }
            : s;
        var together = shared.Any(x => x.Rule == RedactedVersions) ? Together(request, result, motions, findings) : null;
        if (together is { } t)
        {
            paragraphs.Add(new Paragraph(t.Disposition, []));
            paragraphs.Add(paragraph(Own(shared.First(x => x.Rule == RedactedVersions).First) with { Finding = t.Directions }));
        }
        foreach (var motion in together is null ? result.Motions : [])
        {
            var disposition = Ruled(motion);
            // Named as the district's rule names the paper (a Request to Seal Documents under E.D. Cal. L.R. 141).
            var title = Phrases.NamesAPaper(motion.Id) ? Phrases.PaperTitle(motion.Id) : $"{MovantOrderBuilder.MotionForm(request, motion.Id)} ({motion.Id})";
            var except = Except(motion);
            paragraphs.Add(new Paragraph(motions[motion.Id] is { Posture: Posture.MotionToUnseal } unsealing
                ? Unsealing(unsealing, motion)
                : $"{(OwnsItsTitle(title) ? Phrases.Capitalized(title) : $"{Phrases.Capitalized(Possessive(Phrases.Movant(motions[motion.Id])))} {title}")} is {disposition}{except}.", []));
            foreach (var step in motion.Reasoning.Where(Directs))
                paragraphs.Add(paragraph(motions[motion.Id].Posture == Posture.MotionToUnseal ? Unconditional(Own(step)) : Own(step)));
        }
        var leave = AmendedMotions(request, result, motions);
        if (leave is not null) paragraphs.Add(new Paragraph(leave, []));
        foreach (var (_, first, ending) in shared) paragraphs.Add(paragraph(first with { Finding = ending! }));
        // What goes on the public docket: documents left public, redacted versions; only what this order withholds stays sealed.
        var items = result.Motions.SelectMany(m => m.Items).ToList();
        var anyPublic = items.Any(i => i.Outcome == Outcome.Public);
        var anyRedacted = items.Any(i => i.Outcome == Outcome.Redact);
        var anySealed = items.Any(i => i.Outcome == Outcome.Seal);
        if (anyPublic || anyRedacted)
        {
            var what = (anyPublic, anyRedacted) switch
            {
                (true, true) => "The documents, or their redacted versions, shall be filed on the public docket",
                (true, false) => "The documents not sealed shall be filed on the public docket",
                _ => "The redacted versions shall be filed on the public docket",
            };
            var kept = (anyRedacted, anySealed) switch
            {
                (true, true) => "; the unredacted versions and the documents sealed shall remain under seal",
                (true, false) => "; the unredacted versions shall remain under seal",
                (false, true) => "; the documents sealed shall remain under seal",
                _ => "",
            };
            // The designating party's documents wait on its declaration (the leave above), not on this deadline.
            var waits = leave is not null && leave.Contains("which designated the material confidential", StringComparison.Ordinal)
                ? ", except the documents that await the designating party's declaration" : "";
            paragraphs.Add(new Paragraph($"{what}{waits} within ____ days of the date of this Order{kept}.", []));
        }
        return paragraphs;
    }

    private const string RedactedVersions = "remedy/file-redacted-versions";

    // Motions decided alike, whose only direction is the redactions, are ordered as one, as the seed orders its four: one
    // disposition, then one list of the redactions by what they remove, each naming the documents it is removed from (or
    // the part of the discussion that names them all). Repeating both for every motion doubled the seed's conclusion.
    private static (string Disposition, string Directions)? Together(SealingRequest request, SealingResult result, Dictionary<string, Motion> motions, Findings findings)
    {
        var all = result.Motions;
        if (all.Count < 2 || all.Any(m => motions[m.Id].Posture == Posture.MotionToUnseal || Phrases.NamesAPaper(m.Id))) return null;
        if (all.Select(m => (m.Disposition, m.WithoutPrejudice, Except(m))).Distinct().Count() != 1) return null;
        if (all.Any(m => m.Reasoning.Where(Directs).Select(s => s.Rule).ToList() is not [RedactedVersions])) return null;
        var forms = all.Select(m => MovantOrderBuilder.MotionForm(request, m.Id)).Distinct().ToList();
        if (forms is not [var form] || PaperNoun().Match(form) is not { Success: true } noun) return null;
        var first = all[0];
        var movants = all.Select(m => Phrases.Movant(motions[m.Id])).Distinct().ToList();
        var whose = movants is [var one] ? Possessive(one) : "the parties'";
        var plural = form.Insert(noun.Index + noun.Length, "s");
        var ids = Phrases.List(all.Select(m => Unnested(m.Id)));
        var said = $"{Phrases.Capitalized(whose)} {plural} ({ids}) are {Ruled(first)}{Except(first)}.";
        var lead = first.WithoutPrejudice ? "If no amended motions are filed, the items are to be filed with these redactions: " : "The items are to be filed with these redactions: ";
        return (said, lead + string.Join("; ", Redactions(request, result, findings)) + ".");
    }

    // The disposition in the order's capitals, with its prejudice: "DENIED WITHOUT PREJUDICE".
    private static string Ruled(MotionResult motion)
    {
        var disposition = motion.Disposition switch
        {
            Disposition.Granted => "GRANTED",
            Disposition.GrantedInPart => "GRANTED IN PART and DENIED IN PART",
            _ => "DENIED",
        };
        return motion.WithoutPrejudice && motion.Disposition != Disposition.Granted ? disposition + " WITHOUT PREJUDICE" : disposition;
    }

    // A remedy step that directs what is done with the documents (not the step that states the disposition itself).
    private static bool Directs(StepResult s) => IsRemedy(s) && !s.Rule.StartsWith("remedy/denied", StringComparison.Ordinal) && !s.Rule.StartsWith("remedy/granted", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(motion|request|application)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PaperNoun();

    /// <summary>A finding's "the movant" as the order names that party ("the defendant", "the government").</summary>
    internal static string MovantNamed(string text, string noun) => TheMovant().Replace(text, m => m.Value[0] == 'T' ? Phrases.Capitalized(noun) : noun);

    // "the movant" and "the movant's"; the word boundary leaves "the movants" alone.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Tt]he movant\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TheMovant();

    // A motion denied as a whole may still leave redactions permitted (the seed's form): said with the disposition, so it
    // does not read as refusing what the table and the next paragraph allow.
    private static string Except(MotionResult motion)
        => motion.Disposition == Disposition.Denied && motion.Items.Any(i => i.Relief == Relief.Partial && i.Outcome == Outcome.Redact)
            ? ", except that the redactions set out below are permitted" : "";

    // What is redacted, grouped by what it removes, in the order the items were filed (as the rule lists one motion's);
    // a group that is exactly the documents of one part of the discussion is named by that part.
    private static IEnumerable<string> Redactions(SealingRequest request, SealingResult result, Findings findings)
    {
        var kinds = request.Information.ToDictionary(i => i.Id, i => i.Kind, StringComparer.Ordinal);
        var redacted = result.Motions.SelectMany(m => m.Items).Where(i => i.Outcome == Outcome.Redact)
            .Select(i => (i.Id, i.Redact.Select(id => (kinds[id], id))));
        foreach (var (what, ids) in Rules.Remedies.Order.Grouped(redacted))
        {
            var part = ids.Count > 2 ? findings.FirstOrDefault(f => f.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal).SetEquals(ids)).Letter : null;
            yield return part is null
                ? $"{what}, from {Phrases.List(ids.Select(id => Phrases.Named(DocumentName(request, result, id))))}"
                : $"{what}, from the {Number(ids.Count)} documents named in Part III.{part}";
        }
    }

    // A denial without prejudice leaves the movant free to try again: said once for every motion so denied, as the
    // seed's order does ("Both parties may file amended motions that more fully address the 'compelling reasons' …").
    // On a motion to unseal no amended motion to seal is awaited: the direction is unconditional.
    private static StepResult Unconditional(StepResult step)
        => step.Finding.StartsWith("If no amended motion is filed, the", StringComparison.Ordinal) ? step with { Finding = "The" + step.Finding["If no amended motion is filed, the".Length..] } : step;

    // A motion to unseal is decided as its movant asked: what the engine keeps sealed is what the motion loses.
    private static string Unsealing(Motion asked, MotionResult motion)
    {
        var who = asked.UnsealMovant switch
        {
            UnsealMovant.Press => "The press's",
            UnsealMovant.Intervenor => "The intervenor's",
            _ => "The",
        };
        var title = Phrases.NamesAPaper(motion.Id) ? Phrases.PaperTitle(motion.Id) : $"motion to unseal ({motion.Id})";
        var ruling = Reports.UnsealWords.Ruling(motion) switch
        {
            Disposition.Granted => "GRANTED",
            Disposition.Denied => "DENIED",
            _ => "GRANTED IN PART and DENIED IN PART",
        };
        return $"{who} {title} is {ruling}.";
    }

    private static string? AmendedMotions(SealingRequest request, SealingResult result, Dictionary<string, Motion> motions)
    {
        // A motion to unseal gives the party keeping the record sealed no "amended motion" to file: its showing was due in answer.
        var denied = result.Motions.Where(m => m.WithoutPrejudice && m.Disposition != Disposition.Granted && motions[m.Id].Posture != Posture.MotionToUnseal).ToList();
        if (denied.Count == 0) return null;
        // Where all that failed is another party's designation that nobody has supported, the showing is that party's to
        // make: the leave is its, not the filer's.
        var failed = denied.SelectMany(m => m.Items).Where(i => i.Relief != Relief.Full).Select(i => request.Items.First(r => r.Id == i.Id)).ToList();
        if (failed.Count > 0 && failed.All(i => i.DesignatedBy != Designator.Movant && !request.StatedHarms.Any(h => h.ItemId == i.Id))
            && denied.Select(m => motions[m.Id].Movant).Distinct().ToList() is [Movant.Plaintiff or Movant.Defendant] filers
            && failed.All(i => i.DesignatedBy == Designator.OpposingParty))
        {
            var designator = Phrases.Capitalized(Phrases.OtherSide(filers[0], request.CaseName)!);
            // Where the filing facts say the designating party's declaration was not filed when due, its time has run:
            // courts then unseal (Wilson v. PTT) or deny (Lofton v. Verizon) rather than invite a declaration anew.
            if (request.Filing.Flag("designatingDeclarationFiled") == false)
                return $"{designator} designated the material confidential but filed no declaration supporting sealing within the time the rule allows; nothing it designated is held under seal for one.";
            var standards1 = denied.Select(m => m.Standard).Distinct().ToList();
            var showing1 = standards1.Count == 1 ? $"the {Rules.Remedies.Remedy.Showing(standards1[0])} supporting sealing" : "the showing the standard requires";
            // Within a time the court sets, and the documents stay sealed meanwhile: otherwise the public filing ordered
            // next would moot the leave.
            return $"{designator}, which designated the material confidential, may file, within ____ days of the date of this Order, a declaration that addresses {showing1}; until then the documents it designated remain under seal, and if it files none they shall be filed publicly.";
        }
        var movants = denied.Select(m => motions[m.Id].Movant).Distinct().ToList();
        var both = movants.Count > 1 && (movants.Contains(Movant.Joint) || (movants.Contains(Movant.Plaintiff) && movants.Contains(Movant.Defendant)));
        var who = both ? "Both parties" : movants.Count == 1 ? Phrases.Capitalized(Phrases.Movant(motions[denied[0].Id])) : "The movants";
        // One amended motion for each motion denied: a single joint motion is renewed as one.
        var file = denied.Count > 1 ? "amended motions that more fully address" : "an amended motion that more fully addresses";
        var standards = denied.Select(m => m.Standard).Distinct().ToList();
        var showing = standards.Count == 1 ? $"the {Rules.Remedies.Remedy.Showing(standards[0])} supporting sealing" : "the showing each motion's standard requires";
        return $"{who} may file {file} {showing}.";
    }

    private static bool IsRemedy(StepResult s) => s.Rule.StartsWith("remedy/", StringComparison.Ordinal);

    internal static string DocumentName(SealingRequest request, SealingResult result, string itemId)
    {
        var title = result.ItemNames.GetValueOrDefault(itemId, itemId);
        if (request.Filing.Item(itemId)?.Exhibit is not { Length: > 0 } exhibit) return title;
        var label = ExhibitLabel(exhibit);
        return NamesExhibit(title, label) ? title : $"{label} ({title})";
    }

    // A bare number or letter is an exhibit's ("3" is Exhibit 3).
    private static string ExhibitLabel(string exhibit) => BareExhibit().IsMatch(exhibit) ? $"Exhibit {exhibit}" : exhibit;

    // "Ex. 7" and "Exhibit 7" name the same exhibit: a title that names it either way is not named again.
    private static bool NamesExhibit(string title, string label)
    {
        var number = ExhibitNumber().Match(label) is { Success: true } m ? m.Groups[1].Value : null;
        var named = number is null
            ? $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(label)}(?![\w-])"
            : $@"\b(exhibit|ex\.)\s*{System.Text.RegularExpressions.Regex.Escape(number)}(?![\w-])";
        return System.Text.RegularExpressions.Regex.IsMatch(title, named,
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(ECF|Dkt\.?|Docket|Docs?\.|D\.E\.)\s*(Nos?\.?\s*|#\s*)?\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OwnDocketEntry();

    [System.Text.RegularExpressions.GeneratedRegex(@"^([A-Za-z]{1,2}|[0-9]+[A-Za-z]?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BareExhibit();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Exhibit|Ex\.)\s*([A-Za-z]{1,2}|[0-9]+[A-Za-z]?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExhibitNumber();

    internal static string Labels(SealingResult result, IEnumerable<string> infoIds)
        => Phrases.List(infoIds.Select(result.PortionName).Distinct());

    internal static string FirstSentence(string text) => Reports.ReportOutline.FirstSentence(text);

    /// <summary>Whether a declaration supports the item: a harm with a showing, or one given in the movant's words.</summary>
    internal static bool Declared(SealingRequest request, string itemId)
        => request.Harms.Any(h => h.ItemId == itemId && h.Evidence == Evidence.Declaration)
        || request.StatedHarms.Any(h => h.ItemId == itemId && h.Evidence == Evidence.Declaration);

    internal static string Possessive(string who) => who == "the parties" ? "the parties'" : who + "'s";

    internal static string Number(int n) => n switch
    {
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
