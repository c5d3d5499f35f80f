using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Orders;

/// <summary>
/// The movant's proposed order: one motion narrowed to what the evaluation supports, in the form the movant files with
/// it. It grants the sealing and the redactions the evaluation upholds, lists them in the district's table (exhibit,
/// document, portion, ruling, reason citing the declaration), and says what the movant withdraws, and whether it may
/// renew. It holds no finding of its own: each reason is the evaluation's, and what is withdrawn is what the
/// evaluation leaves public.
/// </summary>
public static partial class MovantOrderBuilder
{
    /// <summary>The movant's proposed order on one motion of the request.</summary>
    /// <param name="request">The request as read.</param>
    /// <param name="result">Its evaluation.</param>
    /// <param name="motionId">The motion, by its id.</param>
    public static ProposedOrder Build(SealingRequest request, SealingResult result, string motionId)
    {
        // On a motion to unseal the movant asks for access, not secrecy: there is no movant's order to seal to propose.
        if (request.Motions.FirstOrDefault(m => m.Id == motionId) is { Posture: Posture.MotionToUnseal })
            throw new NothingToProposeException(motionId, "it is a motion to unseal: the movant's proposed order is drawn for a motion to seal; the predicted order gives the likely ruling on it");
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var motion = result.Motions.First(m => m.Id == motionId);
        var asked = request.Motions.First(m => m.Id == motionId);
        var movant = Phrases.Movant(asked);
        var granted = motion.Items.Where(i => i.Relief != Relief.None).ToList();
        // The movant narrows what it asks for itself; another party's designation that awaits that party's showing is
        // not the movant's to narrow, and an order "as narrowed" would say the movant gave it up.
        var narrowed = motion.Items.Any(i => i.Relief != Relief.Full
            && !(i.Relief == Relief.None && DesignatedBy(request, i.Id) != Designator.Movant && !DesignatorSpoke(request, i.Id)));
        var whose = asked.Movant == Model.Movant.Joint ? "THE PARTIES' JOINT"
            : OrderBuilder.Possessive(movant).ToUpperInvariant().Replace("THE ", "", StringComparison.Ordinal);
        var form = MotionForm(request, motion.Id);
        // An order granting nothing is not one a movant files: it would withdraw the motion and send the documents
        // to the public docket. The movant needs the check's cures instead.
        if (granted.Count == 0) throw new NothingToProposeException(motion.Id, NothingGrantedBecause(request, motion));
        var title = $"[PROPOSED] ORDER GRANTING {whose} {form.ToUpperInvariant()}{Reference(motion.Id)}{(narrowed ? ", AS NARROWED" : "")}";
        var caption = OrderBuilder.Caption(request, result) with { Title = title };
        return OrderBuilder.InShortForms(new ProposedOrder(caption, Background(request, motion, asked, movant, narrowed, form), Standard(request, motion), [],
            [.. granted.Select(i => Row(request, result, i))], Conclusion(request, result, motion, movant))
        {
            Kind = OrderKind.Movant,
            Counsel = request.Filing.Counsel,
            PleadingPaper = OrderBuilder.IsPleadingPaper(request.Court),
            Judge = OrderBuilder.Signer(request.CaseJudge),
            JudgeTitle = OrderBuilder.SignerTitle(request.CaseJudge),
        });
    }

    /// <summary>
    /// The name of the filing the district's rule prescribes (read and confirmed in rules/Procedure): an Administrative
    /// Motion under N.D. Cal. Civil L.R. 79-5(c) and 7-11 (79-5(f) where another party designated the material), an
    /// Application for Leave under C.D. Cal. L.R. 79-5.2.2, a Request under E.D. Cal. L.R. 141; a motion elsewhere.
    /// </summary>
    internal static string MotionForm(SealingRequest request, string motionId)
    {
        var others = request.Items.Where(i => i.MotionId == motionId).All(i => i.DesignatedBy != Designator.Movant);
        return request.Court switch
        {
            // The motion for another party's material came with the rule of Nov. 1, 2021; before it, one administrative motion.
            "N.D. Cal." when others && request.AsOf >= new DateOnly(2021, 11, 1) => "administrative motion to consider whether another party's material should be sealed",
            "N.D. Cal." => "administrative motion to file under seal",
            "C.D. Cal." => "application for leave to file under seal",
            "E.D. Cal." => "request to seal documents",
            _ => "motion to file under seal",
        };
    }

    private static List<Paragraph> Background(SealingRequest request, MotionResult motion, Motion asked, string movant, bool narrowed, string form)
    {
        var items = request.Items.Where(i => i.MotionId == motion.Id).ToList();
        var declared = items.Any(i => OrderBuilder.Declared(request, i.Id));
        var documents = items.Count == 1 ? "one document" : $"{OrderBuilder.Number(items.Count)} documents";
        var has = movant == "the parties" ? "have" : "has";
        return
        [
            new($"The Court has considered {OrderBuilder.Possessive(movant)} {form}{Reference(motion.Id)}{(declared ? " and the declaration supporting it" : "")}{(narrowed ? $", as {movant} {has} narrowed it" : "")}. The {Kind(request, motion.Id)} concerns {documents} submitted with {Phrases.Filing(asked.Filing)}.", []),
        ];
    }

    // The motion's docket reference beside its name, unless the id is itself the paper's title ("Request to Seal
    // Documents"), which the form's name already says.
    // A docket reference ("ECF 57", "Dkt. No. 12", "Doc. 94", "No. 31") goes in the title; an id the filer made up
    // ("app-seal-opp-msj") or one naming the paper is no reference a clerk could find.
    private static string Reference(string motionId) => !Phrases.NamesAPaper(motionId) && DocketReference().IsMatch(motionId) ? $" ({motionId})" : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(ECF|Dkt\.?|Docket|Docs?\.?|Document|D\.E\.|No\.|Nos\.|#)\s*(Nos?\.?\s*|#\s*)?\d|^\d+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DocketReference();

    // A subject with a comma of its own ("the rest of the agreement, including the license grant") closes with one, or
    // its verb reads as part of its last clause.
    private static string Subject(string words) => words.Contains(',', StringComparison.Ordinal) ? words + "," : words;

    // The standard the motion is decided under, as the evaluation states it, and the finding that the portions listed meet it.
    private static List<Paragraph> Standard(SealingRequest request, MotionResult motion)
    {
        var standard = motion.Reasoning.LastOrDefault(s => s.Rule.StartsWith("standard/", StringComparison.Ordinal));
        var paragraphs = new List<Paragraph>();
        if (standard is not null)
            paragraphs.Add(new Paragraph(standard.Finding, [.. Reports.CiteScope.Printed(standard, request.Court, request.CaseNumber).Select(a => a.Cite)]));
        if (motion.Items.Any(i => i.Relief != Relief.None))
            paragraphs.Add(new Paragraph(motion.Standard == Model.Standard.GoodCause
                ? "Good cause supports sealing the documents and portions listed below, for the reasons stated beside each, and the request, so limited, is narrowly tailored."
                : "Compelling reasons support sealing the documents and portions listed below, for the reasons stated beside each, and the request, so limited, is narrowly tailored.", []));
        return paragraphs;
    }

    // Every number the portion gives ("pp. 5-9") already appears in what is redacted ("the description (pages 5-9)").
    private static bool SaysThePages(string what, string portions)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(portions, "[0-9]+").Select(m => m.Value).ToList();
        var said = System.Text.RegularExpressions.Regex.Matches(what, "[0-9]+").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return numbers.Count > 0 && numbers.All(said.Contains);
    }

    // Where the portion is placed: a place the label already names ("in Schedule B") is not said twice, only its pages.
    private static string Place(string what, string lines)
    {
        if (PlaceWithPages().Match(lines) is { Success: true } m && Names(what, m.Groups["place"].Value.Trim()))
            return $"{what} ({m.Groups["pages"].Value})";
        // "entire agreement (9 pages)": the parts are redacted wherever they appear in it, not "at" it.
        if (Throughout().IsMatch(lines))
            return lines.StartsWith("throughout", StringComparison.OrdinalIgnoreCase) || lines.StartsWith("passim", StringComparison.OrdinalIgnoreCase)
                ? $"{what}, {lines}"
                : $"{what}, throughout {(lines.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? lines : "the " + lines)}";
        return lines.Contains('(', StringComparison.Ordinal) ? $"{what}, at {lines}" : $"{what} ({lines})";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(the )?(entire|whole|all of|throughout|passim)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Throughout();

    private static bool Names(string what, string place) => place.Length >= 3
        && System.Text.RegularExpressions.Regex.IsMatch(what, $@"\b{System.Text.RegularExpressions.Regex.Escape(place)}\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<place>[^();]+?)\s*\((?<pages>[^()]+)\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PlaceWithPages();

    // Where the filing facts place each part ("the settlement amount: page 2; the minor's name: pages 1, 2 and 7"), only
    // the places of the parts this order redacts: a clerk must not read a place the order keeps public as one to redact.
    private static string Granted(string portions, SealingResult result, ItemResult item)
    {
        var parts = portions.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.All(p => p.Contains(": ", StringComparison.Ordinal))) return portions;
        var labels = item.Redact.Select(id => OrderBuilder.Labels(result, [id])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = parts.Where(p => labels.Contains(p[..p.IndexOf(": ", StringComparison.Ordinal)].Trim())).ToList();
        // One part redacted: the row names it already, so only where it is.
        return kept.Count switch { 0 => "", 1 when item.Redact.Count == 1 => kept[0][(kept[0].IndexOf(": ", StringComparison.Ordinal) + 2)..], _ => string.Join("; ", kept) };
    }

    private static TableRow Row(SealingRequest request, SealingResult result, ItemResult item)
    {
        var placed = request.Filing.Item(item.Id);
        var what = item.Outcome == Outcome.Seal ? "Entire document" : $"Redact {OrderBuilder.Labels(result, item.Redact)}";
        // A sealed document is sealed whole; where the portion's pages already stand in the labels, they are not repeated.
        var portion = item.Outcome != Outcome.Seal && placed?.Portions is { Length: > 0 } all && Granted(all, result, item) is { Length: > 0 } lines && !SaysThePages(what, lines)
            ? Place(what, lines)
            : what;
        var name = result.ItemNames.GetValueOrDefault(item.Id, item.Id);
        // The filing facts' number, or the first the document's own title gives ("Exhibit 3 (Supply Agreement)").
        var exhibit = placed?.Exhibit ?? (ExhibitInTitle().Match(name) is { Success: true } m ? m.Value : "—");
        return new TableRow(Described(name, exhibit), portion, "GRANTED", "—", Reason(request, result, item)) { Exhibit = exhibit };
    }

    /// <summary>
    /// The Document column says what the document is, not again its number: "Exhibit 3 (Supply Agreement)" beside
    /// "Exhibit 3" is "Supply Agreement". A title that is only the number, or gives it elsewhere ("Supply Agreement
    /// (Ex. 1 to Class Cert Reply)"), stays whole.
    /// </summary>
    internal static string Described(string title, string exhibit)
    {
        // The title's own number leads it and is the column's ("Exhibit 9 (...)" beside "Ex. 9" or "9").
        if (ExhibitInTitle().Match(title) is not { Success: true, Index: 0 } lead || Bare(lead.Value) != Bare(exhibit)) return title;
        var rest = title[lead.Length..].Trim();
        if (rest.Length > 2 && rest[0] == '(' && rest[^1] == ')' && rest.IndexOf(')') == rest.Length - 1) rest = rest[1..^1].Trim();
        else if (rest.Length > 2 && rest[0] is ',' or ':' or '-' or '\u2013' or '\u2014') rest = rest[1..].Trim();
        else return title;
        return rest.Length == 0 ? title : char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    private static string Bare(string exhibit) => ExhibitWord().Replace(exhibit, "").ToUpperInvariant();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Exhibit|Ex\.)\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExhibitWord();

    // At the start of the title, or in it ("... (Ex. 1 to Class Cert Reply)": the first number it gives).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Exhibit|Ex\.)\s+[A-Za-z]?[0-9][0-9A-Za-z.-]*(?<![.-])|\b(Exhibit|Ex\.)\s+[A-Z]\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ExhibitInTitle();

    // The findings that keep the portion from the public, first sentence each, and the declaration that shows them.
    private static string Reason(SealingRequest request, SealingResult result, ItemResult item)
    {
        var deciding = item.Reasoning.Where(s => s.Leans == Leans.Secrecy && (s.Rule.StartsWith("weighing/", StringComparison.Ordinal) || s.Rule == "rule-5-2/floor")).ToList();
        var merged = Reports.MergedFindings.Merge(deciding.Count > 0 ? deciding : [.. item.Reasoning.Take(1)], result.Labels);
        // The movant's own order adopts a reason the court would find without it: it does not say the movant gave none.
        var sentences = merged.Select(s => Adopted(s.Finding)).Distinct().Take(2).ToList();
        // An identifier withheld in full on the reason the cell already states, Rule 5.2(a) only its floor, is said as the
        // predicted order's chart says it; its finding would restate that reason. Without such a reason in the cell it stays whole.
        var chosen = merged.Where(s => sentences.Contains(Adopted(s.Finding))).ToList();
        var reason = chosen.Any(s => s.Rule != "rule-5-2/floor")
            ? string.Join(" ", chosen.Select(s => OrderBuilder.FloorBeneath(item, s)
                ? $"{Phrases.Capitalized(OrderBuilder.Labels(result, s.Concerns))}: {OrderBuilder.RedactedInFull}." : Adopted(s.Finding)).Distinct())
            : string.Join(" ", sentences);
        // A cell gives two reasons in full; the rest of what is withheld is named, so no redaction goes without one.
        var shown = chosen.SelectMany(s => s.Concerns).ToHashSet(StringComparer.Ordinal);
        var rest = merged.Where(s => !sentences.Contains(Adopted(s.Finding))).SelectMany(s => s.Concerns)
            .Where(id => !shown.Contains(id) && item.Redact.Contains(id)).Distinct().ToList();
        if (rest.Count > 0) reason += $" The same showing reaches {OrderBuilder.Labels(result, rest)}.";
        var declared = OrderBuilder.Declared(request, item.Id);
        if (request.Filing.Item(item.Id)?.Declaration is { Length: > 0 } cited) reason += $" {cited}.";
        else if (declared) reason += " Declaration ¶ __.";
        // The court's order names the party whose motion it grants, as the predicted order does; joint movants stay "the
        // movant" ("the parties has shown" would not be English).
        var asked = request.Motions.First(m => m.Id == result.Motions.First(r => r.Items.Any(i => i.Id == item.Id)).Id);
        return asked.Movant == Model.Movant.Joint ? reason : OrderBuilder.MovantNamed(reason, Phrases.Movant(asked));
    }

    // A finding's first sentence as the movant's own order states it: the order adopts a reason the court would find
    // without the movant, so it does not say the movant gave none.
    private static string Adopted(string finding)
        => OrderBuilder.FirstSentence(finding).Replace(Rules.Weighing.SufficientReasonPrevails.NoReasonOfItsOwn, "", StringComparison.Ordinal);

    // Why nothing is granted, where the cure is not the movant's: every document was designated by another party that
    // has not shown why it should be sealed. The movant files the motion the protective order requires; the showing,
    // and its deadline (the pre-filing check lists it), are the designating party's. Null: the default reason.
    private static string? NothingGrantedBecause(SealingRequest request, MotionResult motion)
        => motion.Items.All(i => DesignatedBy(request, i.Id) != Designator.Movant && !DesignatorSpoke(request, i.Id))
            ? "every document in it was designated confidential by another party, which has not shown why it should be sealed, so on these facts the court would likely file it publicly. The showing is the designating party's to make, not the movant's: the pre-filing check lists what the district's rule asks of each side; the predicted order gives the likely ruling"
            : null;

    private static Designator DesignatedBy(SealingRequest request, string itemId) => request.Items.FirstOrDefault(i => i.Id == itemId)?.DesignatedBy ?? Designator.Movant;

    // The designating party made a showing of its own (a harm it offered), which the court then weighed.
    private static bool DesignatorSpoke(SealingRequest request, string itemId) => request.StatedHarms.Any(h => h.ItemId == itemId && h.OfferedBy == OfferedBy.DesignatingParty);

    // Who designated the document, named as the order names a party: the other side of the case, or the non-party.
    private static string Designating(SealingRequest request, string itemId, Model.Movant movant) => DesignatedBy(request, itemId) == Designator.NonParty
        ? "the non-party that produced it"
        : Phrases.OtherSide(movant, request.CaseName) ?? "the designating party";

    // What the grant does: the documents sealed remain sealed, the portions listed are redacted from the public filing.
    private static string WhatTheGrantDoes(MotionResult motion)
    {
        var granted = motion.Items.Where(i => i.Relief != Relief.None).ToList();
        var sealedWhole = granted.Any(i => i.Outcome == Outcome.Seal);
        var redacted = granted.Any(i => i.Outcome == Outcome.Redact);
        return (sealedWhole, redacted) switch
        {
            (true, true) => "the documents listed to be sealed shall remain under seal, and the portions listed shall be redacted from the public versions, whose unredacted versions shall remain under seal",
            (false, true) => "the portions listed shall be redacted from the public versions, and the unredacted versions shall remain under seal",
            _ => "they shall remain under seal",
        };
    }

    // "motion", "application" or "request", as the district names the filing.
    private static string Kind(SealingRequest request, string motionId) => MotionForm(request, motionId).Split(' ') is var w && w[0] == "administrative" ? "motion" : w[0];

    // What is granted, what the movant withdraws (and may renew), and what is to be filed.
    private static List<Paragraph> Conclusion(SealingRequest request, SealingResult result, MotionResult motion, string movant)
    {
        var paragraphs = new List<Paragraph>();
        var name = (ItemResult i) => OrderBuilder.DocumentName(request, result, i.Id);
        var filer = request.Motions.First(m => m.Id == motion.Id).Movant;
        var underLocalRule141 = request.Court == "E.D. Cal.";
        paragraphs.Add(new Paragraph(underLocalRule141
            ? "The request is GRANTED as to the documents and portions listed in the table above, which shall be filed under seal as Local Rule 141(e)(2) provides. They shall remain sealed until ____ and may be seen only by the Court, its staff and ____."
            : $"The {Kind(request, motion.Id)} is GRANTED as to the documents and portions listed in the table above: {WhatTheGrantDoes(motion)}.", []));
        // What the movant gives up of a whole-document request is said as the Court's order on it, not as the movant's act.
        foreach (var item in motion.Items.Where(i => i.Relief == Relief.Partial && i.Outcome == Outcome.Redact))
        {
            // What the evaluation says a fuller showing could still win is given up only for now, as the ruling says.
            var renewable = item.Disclose.Count > 0 && item.Cures.Count > 0
                ? $", without prejudice to a renewed {Kind(request, motion.Id)} as to {(item.Disclose.Count == 1 ? "it" : "them")} supported by a declaration that shows the specific harm disclosure would cause"
                : "";
            paragraphs.Add(new Paragraph($"The request to seal the rest of {Phrases.Named(name(item))} is WITHDRAWN; {movant} shall file that document publicly, redacting only {OrderBuilder.Labels(result, item.Redact)}{(item.Disclose.Count > 0 ? $"; {Subject(OrderBuilder.Labels(result, item.Disclose))} shall not be redacted{renewable}" : "")}.", []));
        }
        var notGranted = motion.Items.Where(i => i.Relief == Relief.None).ToList();
        // Another party's designation is not the movant's to withdraw: that party has the showing to make (its own
        // declaration), and until it makes it or fails to, the document stays provisionally sealed.
        var awaiting = notGranted.Where(i => DesignatedBy(request, i.Id) != Designator.Movant && !DesignatorSpoke(request, i.Id)).ToList();
        var withdrawn = notGranted.Where(i => DesignatedBy(request, i.Id) == Designator.Movant).ToList();
        var unsupported = notGranted.Except(awaiting).Except(withdrawn).ToList();
        if (withdrawn.Count > 0)
        {
            var curable = withdrawn.Any(i => i.Cures.Count > 0);
            // The movant withdraws its own request: whether the document is then filed publicly is its choice, not an order
            // to publish what it asked to protect (it may rather not rely on it). In E.D. Cal. the documents were submitted
            // to the Court, not filed (as the Court told a filer in Manning v. Bunnell, E.D. Cal. 2014).
            var it = withdrawn.Count == 1 ? "it" : "them";
            var after = $"{(withdrawn.Count == 1 ? "that document" : "those documents")} shall not be {(underLocalRule141 ? "filed under seal" : "sealed")}, and {movant} may file {it} publicly in order to rely on {it}";
            paragraphs.Add(new Paragraph($"The request as to {Phrases.List(withdrawn.Select(name))} is WITHDRAWN{(curable ? $", without prejudice to a renewed {Kind(request, motion.Id)} supported by a declaration that shows the specific harm disclosure would cause" : "")}; {after}.", []));
        }
        foreach (var group in awaiting.GroupBy(i => Designating(request, i.Id, filer)))
        {
            var one = group.Count() == 1;
            paragraphs.Add(new Paragraph($"{Phrases.Capitalized(Phrases.List(group.Select(i => Phrases.Named(name(i)))))}, which {group.Key} designated as confidential, shall remain under seal for ____ days, within which {group.Key} may file a declaration establishing that {(one ? "it is" : "they are")} sealable; if {group.Key} files none, {movant} shall file {(one ? "that document" : "those documents")} publicly.", []));
        }
        foreach (var group in unsupported.GroupBy(i => Designating(request, i.Id, filer)))
        {
            var one = group.Count() == 1;
            paragraphs.Add(new Paragraph($"{Phrases.Capitalized(group.Key)} has not shown that {Phrases.List(group.Select(i => Phrases.Named(name(i))))} {(one ? "is" : "are")} sealable; {(one ? "that document" : "those documents")} shall be filed publicly.", []));
        }
        withdrawn = [.. withdrawn, .. unsupported];
        // Only what goes on the public docket needs a deadline: redacted versions, and documents withdrawn (in E.D. Cal.
        // those are the party's to file or not).
        var redacted = motion.Items.Any(i => i.Relief != Relief.None && i.Outcome == Outcome.Redact);
        if (underLocalRule141) withdrawn = [.. unsupported];
        if (redacted || withdrawn.Count > 0)
        {
            var what = (redacted, withdrawn.Count > 0) switch
            {
                (true, true) => "the redacted versions and the documents this Order directs",
                (true, false) => "the redacted versions this Order directs",
                _ => withdrawn.Count == 1 ? "the document this Order directs" : "the documents this Order directs",
            };
            // The grant's paragraph has already kept the unredacted versions sealed, except under Local Rule 141, whose
            // grant speaks only of what is filed under seal.
            paragraphs.Add(new Paragraph($"Within ____ days of the date of this Order, {movant} shall file on the public docket {what}{(redacted && underLocalRule141 ? "; the unredacted versions shall remain under seal" : "")}.", []));
        }
        return paragraphs;
    }
}
