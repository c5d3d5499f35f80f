using System.Globalization;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Procedure;

/// <summary>
/// The pre-filing check's procedure list: each requirement of the district's sealing procedure in force on the day
/// the motion is filed, and of Fed. R. Civ. P. 5.2, with its status as the request's facts show it. Nothing is
/// <c>met</c> unless a stated fact shows it; a requirement whose text was not confirmed is always <c>verify</c>.
/// </summary>
public sealed class ProcedureCheck(ProcedureBook book)
{
    /// <summary>The procedure list for a request already evaluated.</summary>
    public ProcedureReport Run(SealingRequest request, SealingResult result)
    {
        var filing = request.Filing;
        var day = filing.Date("motionFiled") ?? request.AsOf;
        var notes = new List<string>();
        var lines = new List<ProcedureLine>();
        string? rules = null;
        DateOnly? versionFrom = null;
        if (request.Court is null)
        {
            notes.Add("The request names no district (`court`), so only Fed. R. Civ. P. 5.2 is checked; name the court to check the district's sealing rule.");
        }
        else if (!book.Districts.TryGetValue(request.Court, out var district))
        {
            lines.Add(new ProcedureLine("local-rule-not-encoded", $"{request.Court} local rules", $"Follow the {request.Court}'s local rule on filing under seal and the assigned judge's standing orders.",
                Status.Verify, $"The {request.Court}'s sealing procedure is not encoded here; read its current local rules and the judge's standing orders before filing.", null));
        }
        else if (district.InForceOn(day) is not { } version)
        {
            // A filing older than any text read: the earliest text known is shown, every line to verify.
            if (district.EarliestAfter(day) is { } later)
            {
                rules = later.Rules;
                versionFrom = later.From;
                notes.Add($"The {request.Court}'s sealing procedure is confirmed here only from {Iso(later.From!.Value)}; each of its requirements is to be verified against the rule in force on {Iso(day)}.");
                lines.AddRange(later.Requirements.Where(r => Applies(r.When, request)).Select(r => Line(r with { Verified = false, Verify = $"this text is confirmed from {Iso(later.From!.Value)}, after the filing on {Iso(day)}; read the rule of that day." }, request, result)));
            }
            else
                lines.Add(new ProcedureLine("local-rule-not-encoded", $"{request.Court} local rules", $"Follow the {request.Court}'s local rule on filing under seal in force on {Iso(day)}.",
                    Status.Verify, $"No version of the {request.Court}'s sealing procedure in force on {Iso(day)} is encoded here; read the rule of that day.", null));
        }
        else
        {
            rules = version.Rules;
            versionFrom = version.From;
            lines.AddRange(version.Requirements.Where(r => Applies(r.When, request)).Select(r => Line(r, request, result)));
            // Another party's material: where the district's text read has no step for it (who must support the
            // designation, and by when), the check says so rather than let silence read as "nothing required".
            if (Applies("others-material", request) && !version.Requirements.Any(r => r.When == "others-material"))
                lines.Add(new ProcedureLine("others-material-not-covered", version.Rules,
                    "For material another party designated confidential: who must support sealing it, how and by when.",
                    Status.Verify, $"Not covered here: check {version.Rules} and the judge's standing order for what the designating party must file, and when.", null));
        }
        if (book.Federal.InForceOn(day) is { } federal)
            lines.AddRange(federal.Requirements.Where(r => Applies(r.When, request)).Select(r => Line(r, request, result)));
        if (lines.Any(l => l.Deadline is not null))
            notes.Add("Deadlines count days under Fed. R. Civ. P. 6(a)(1) and skip federal legal holidays (6(a)(6)(A)-(B)); a state holiday (6(a)(6)(C)) is not counted here, so check the state's calendar, and the judge's orders, which may set other times.");
        if (!request.HasFiling)
            notes.Add("The request gives no filing facts (`filing`), so no requirement can be shown met; add the filing facts to check them.");
        return new ProcedureReport(request.Court, rules, versionFrom is { } f ? Iso(f) : null, Iso(day), lines, notes);
    }

    /// <summary>Whether a requirement concerns this filing at all.</summary>
    internal static bool Applies(string when, SealingRequest request) => when switch
    {
        "always" => true,
        "own-material" => request.Items.Any(i => i.DesignatedBy == Designator.Movant),
        "others-material" => request.Items.Any(i => i.DesignatedBy != Designator.Movant),
        "redaction" => request.Items.Any(i => i.Request == RequestKind.Redact),
        "seal" => request.Items.Any(i => i.Request == RequestKind.Seal),
        _ when ProcedureBook.JudgeWhen(when) is var (surname, initials) => BeforeJudge(request, surname, initials),
        _ => throw new InvalidDataException($"unknown 'when': {when}"),
    };

    // A judge's standing order applies where the case's judge is named, or its number carries the judge's initials.
    private static bool BeforeJudge(SealingRequest request, string surname, string initials)
        => (request.CaseJudge is { } judge && judge.Contains(surname, StringComparison.OrdinalIgnoreCase))
        || (request.CaseNumber is { } number && number.TrimEnd().EndsWith("-" + initials, StringComparison.OrdinalIgnoreCase));

    private static ProcedureLine Line(Requirement r, SealingRequest request, SealingResult result)
    {
        var filing = request.Filing;
        string? deadline = null;
        DateOnly? due = null;
        if (r.Deadline is { } clock && filing.Date(clock.From) is { } start)
        {
            due = FilingDays.Due(start, clock.Days);
            deadline = Iso(due.Value);
        }
        if (!r.Verified)
            return new ProcedureLine(r.Id, r.Rule, r.Text, Status.Verify, Unconfirmed(r, filing), deadline);
        // Neither a fact nor a clock to read: only the papers can show it (a report lists these apart).
        bool? papersOnly = r.Derive is null && r.Fact is null && r.Deadline is null ? true : null;
        var (status, why) = r.Derive is { } derive ? Derived(derive, request, result)
            : r.Fact == "supportingDeclaration" && filing.Flag(r.Fact) is null && DeclarationCited(request)
                ? (Status.Met, "The filing facts cite the declaration's paragraphs for every document (`filing.items[].declaration`).")
                : FromFact(r, filing, due);
        return new ProcedureLine(r.Id, r.Rule, r.Text, status, why, deadline) { PapersOnly = papersOnly };
    }

    // A requirement whose current text was not confirmed: say so plainly (where the project looked is the data's note,
    // not the filer's concern), and still say what the filing facts show.
    private static string Unconfirmed(Requirement r, Filing filing)
    {
        var shown = r.Fact is { } fact && filing.Flag(fact) is { } done
            ? done ? $" The filing facts say it is done (`{fact}`)." : $" The filing facts say it is not done (`{fact}` is false)."
            : "";
        return $"Not confirmed here: the current text of {r.Rule} on this point could not be read, so check the rule (and the judge's standing order) before filing.{shown}";
    }

    /// <summary>Why a requirement no filing fact can show is unknown: the same for each, so a report may list them once.</summary>
    public const string NoFilingFactShowsIt = "No filing fact can show this; confirm it in the papers before filing.";

    private static (Status, string) FromFact(Requirement r, Filing filing, DateOnly? due)
    {
        if (r.Fact is null && r.Deadline is null)
            return (Status.Unknown, NoFilingFactShowsIt);
        var done = r.Fact is null ? null : filing.Flag(r.Fact);
        var by = r.Deadline is { } c ? filing.Date(c.By) : null;
        if (done == false)
            return (Status.Missing, due is { } d ? $"Not done (`{r.Fact}` is false); it is due by {Iso(d)}." : $"Not done (`{r.Fact}` is false).");
        if (r.Deadline is { } clock)
        {
            if (filing.Date(clock.From) is null)
                return (Status.Unknown, $"The request does not give the date the period runs from (`{clock.From}`), so the {clock.Days}-day period cannot be counted.");
            if (by is { } on)
                return on <= due!.Value
                    ? (Status.Met, $"Done on {Iso(on)}, within {clock.Days} days (due {Iso(due.Value)}).")
                    : (Status.Missing, $"Done on {Iso(on)}, after the {clock.Days}-day period ended on {Iso(due.Value)}.");
            return (Status.Unknown, done == true
                ? $"Done, but the request does not say when (`{clock.By}`); it was due by {Iso(due!.Value)}."
                : $"The request does not say whether it was done; it is due by {Iso(due!.Value)}.");
        }
        return done == true ? (Status.Met, $"The filing facts say so (`{r.Fact}`).") : (Status.Unknown, $"The request does not say (`{r.Fact}`).");
    }

    // A declaration is on file, for every line that asks, when every document's entry cites its paragraphs.
    private static bool DeclarationCited(SealingRequest request)
        => request.Items.Count > 0 && request.Items.All(i => request.Filing.Item(i.Id)?.Declaration is { Length: > 0 });

    // A finding of the evaluation can show a defect; it shows the requirement met only with a declaration on file,
    // since what the papers say is not in the request's facts otherwise.
    private static (Status, string) Derived(string derive, SealingRequest request, SealingResult result)
    {
        if (derive == "rule-5-2-identifiers") return Identifiers(request, result, request.Filing.Flag("identifiersRedacted"));
        // A declaration is on file when the filing facts say so, or when every document's entry cites its paragraphs.
        var declared = request.Filing.Flag("supportingDeclaration") == true || request.Filing.Flag("designatingDeclarationFiled") == true
            || DeclarationCited(request);
        var weak = derive switch
        {
            // Another party's document on which nobody has yet given a reason is that party's showing to make: the
            // designation rows flag it, not this one.
            "specific-showing" => request.Items.Where(i => !AwaitsItsDesignator(i, request) && !ShownSpecifically(i.Id, request, result)).Select(i => i.Id).ToList(),
            "narrowly-tailored" => result.Motions.SelectMany(m => m.Items).Where(i => i.Relief != Relief.Full).Select(i => i.Id).ToList(),
            "not-protective-order-only" => request.Items.Where(i => RestsOnTheDesignation(i, request, result)).Select(i => i.Id).ToList(),
            // A brief or motion is the item that refers to others' information; it is asked sealed whole, not redacted.
            "briefs-not-sealed" => request.Items.Where(i => i.RefersTo.Count > 0 && i.Request == RequestKind.Seal).Select(i => i.Id).ToList(),
            _ => throw new InvalidDataException($"unknown 'derive': {derive}"),
        };
        // Another party's designation on which it has not yet spoken is its showing to make, not a defect the filer can
        // cure: said as what the filer waits on, not as missing from the filer's papers.
        if (derive == "not-protective-order-only" && weak.Count > 0
            && weak.All(id => AwaitsItsDesignator(request.Items.First(i => i.Id == id), request)))
        {
            var theirs = Names(weak, request, result);
            return (Status.Unknown, $"{theirs} {(weak.Count == 1 ? "rests" : "rest")} on another party's confidentiality designation, which alone shows no reason to seal. The showing is that party's to make, in its own declaration; nothing in the filer's papers can supply it. Unless that party files one, expect the court to unseal {(weak.Count == 1 ? "it" : "them")}.");
        }
        if (weak.Count > 0)
        {
            var items = Names(weak, request, result);
            return (Status.Missing, derive switch
            {
                "specific-showing" => NotShownWhy(weak, request, result),
                "narrowly-tailored" => WhatItWouldKeep(weak, result) is { } keep
                    ? $"The engine would not keep all that is asked from the public for {(weak.Count == 1 ? items : $"{Orders.OrderBuilder.Number(weak.Count)} documents")}. It would redact only {keep}, and file the rest publicly. Ask for that, or strengthen the showing."
                    : $"The engine would not keep all that is asked from the public for {items}; ask for what it would keep, or strengthen the showing.",
                "briefs-not-sealed" => $"{items} {(weak.Count == 1 ? "is a brief" : "are briefs")} asked to be sealed whole; ask instead to redact the passages that repeat sealed material, and seal the exhibits.",
                _ => $"{items} {(weak.Count == 1 ? "rests" : "rest")} on a confidentiality designation alone, which does not show a reason to seal; the party that designated it must make the showing.",
            });
        }
        if (!declared)
            return (Status.Unknown, request.Items.All(i => Orders.OrderBuilder.Declared(request, i.Id))
                ? "Nothing in the evaluation shows a defect. The reasons are said to come from a declaration, but the filing facts do not say it is filed with the motion (`supportingDeclaration`)."
                : "Nothing in the evaluation shows a defect, but the request does not say a declaration is filed (`supportingDeclaration`).");
        return (Status.Met, derive switch
        {
            "specific-showing" => request.Items.Where(i => AwaitsItsDesignator(i, request)).Select(i => i.Id).ToList() is { Count: > 0 } awaiting
                ? $"Every reason the filer gives is shown with specific facts in a declaration; {Names(awaiting, request, result)} {(awaiting.Count == 1 ? "awaits" : "await")} the designating party's own showing."
                : "Every reason given is shown with specific facts in a declaration.",
            "narrowly-tailored" => "The engine would keep from the public all that is asked, and no more is asked.",
            "briefs-not-sealed" => "No brief or motion is asked to be sealed whole (a brief is an item that refers to other items' information).",
            _ => "No item rests on a protective-order designation alone, and a declaration is filed.",
        });
    }

    // The item is offered on a designation alone: said so (protectiveOrderOnly), read so from the words, or designated
    // by another party that has made no showing of its own.
    private static bool RestsOnTheDesignation(Model.Item item, SealingRequest request, SealingResult result)
    {
        if (item.ProtectiveOrderOnly) return true;
        var read = result.Motions.SelectMany(m => m.Items).FirstOrDefault(i => i.Id == item.Id)?.Showings ?? [];
        if (read.Count > 0 && read.All(s => s.Showing != Model.Showing.Specific && s.Because.Any(b => b.Rule == "particularity/designation-alone"))) return true;
        return item.DesignatedBy != Model.Designator.Movant
            && !request.StatedHarms.Any(h => h.ItemId == item.Id && h.OfferedBy == Model.OfferedBy.DesignatingParty);
    }

    // Says which of the two is wanting for each item, since the cures differ: a reason that reads specific needs only to
    // be sworn (evidence: declaration); one that does not needs better words (the declaration review says which).
    private static string NotShownWhy(List<string> weak, SealingRequest request, SealingResult result)
    {
        var unsworn = weak.Where(id => Reasons(id, request, result) is { Count: > 0 } reasons && reasons.All(r => r.Specific)).ToList();
        var vague = weak.Except(unsworn).ToList();
        var parts = new List<string>();
        if (vague.Count > 0) parts.Add($"The showing for {Names(vague, request, result)} does not rest on specific facts; see the declaration review for what it would need to say.");
        if (unsworn.Count > 0) parts.Add($"The reasons for {Names(unsworn, request, result)} are specific, but the request does not say they are made in a declaration (`evidence`: `declaration`); a court weighs facts sworn to, not a brief's argument.");
        return string.Join(" ", parts);
    }

    private static List<(bool Specific, bool Sworn)> Reasons(string itemId, SealingRequest request, SealingResult result)
    {
        var applied = result.Motions.SelectMany(m => m.Items).FirstOrDefault(i => i.Id == itemId)?.Showings ?? [];
        return [.. request.StatedHarms.Where(h => h.ItemId == itemId)
            .Select(h => ((applied.FirstOrDefault(s => s.Harm == h.Index)?.Showing ?? h.Given) == Showing.Specific, h.Evidence is Evidence.Declaration))];
    }

    // Every reason of the item is specific facts in a declaration. A reason given in words counts with the showing the
    // engine applied to it (read from the words, or given), so a specific statement is not reported as missing.
    private static bool AwaitsItsDesignator(Model.Item item, SealingRequest request)
        => item.DesignatedBy != Model.Designator.Movant && !request.StatedHarms.Any(h => h.ItemId == item.Id);

    private static bool ShownSpecifically(string itemId, SealingRequest request, SealingResult result)
    {
        var reasons = Reasons(itemId, request, result);
        return reasons.Count > 0 && reasons.All(r => r.Specific && r.Sworn);
    }

    // Which papers hold a Rule 5.2(a) identifier comes from the evaluation's own Rule 5.2 steps; whether the public
    // versions are redacted is the filing fact identifiersRedacted.
    private static (Status, string) Identifiers(SealingRequest request, SealingResult result, bool? redacted)
    {
        var holding = result.Motions.SelectMany(m => m.Items)
            .Where(i => i.Reasoning.Any(s => s.Rule.StartsWith("rule-5-2/", StringComparison.Ordinal) && s.Leans == Model.Leans.Secrecy))
            .Select(i => i.Id).ToList();
        var which = holding.Count == 0 ? "None of the information described is a Rule 5.2(a) identifier" : $"{Phrases.Capitalized(Names(holding, request, result))} {(holding.Count == 1 ? "holds" : "hold")} Rule 5.2(a) identifiers";
        return redacted switch
        {
            true => (Status.Met, $"{which}; the filing facts say every public version shows only what the rule allows (`identifiersRedacted`)."),
            false when holding.Count > 0 => (Status.Missing, $"{which}, and the public versions do not limit them to what the rule allows (`identifiersRedacted` is false)."),
            false => (Status.Missing, "The filing facts say some Rule 5.2(a) identifier is filed publicly unredacted (`identifiersRedacted` is false)."),
            // Nothing described is an identifier, but the papers may hold one the request does not list.
            null when holding.Count == 0 => (Status.Unknown, $"{which}; if the papers hold one anyway (a Social Security number, a birth date, a minor's name, an account number), every version filed publicly must show only what the rule allows. The request does not say whether they do (`identifiersRedacted`)."),
            null => (Status.Unknown, $"{which}: every version filed publicly, and any filed after a denial, must show only what the rule allows; the request does not say whether {(holding.Count == 1 ? "it does" : "they do")} (`identifiersRedacted`)."),
        };
    }

    // For the items it would file with some parts redacted, those parts by name: the narrowed request the what-if
    // proposes, said where the filer checks the rule that asks for it (the first three; the what-if has them all).
    private static string? WhatItWouldKeep(IReadOnlyList<string> weak, SealingResult result)
    {
        var parts = result.Motions.SelectMany(m => m.Items)
            .Where(i => weak.Contains(i.Id) && i.Outcome == Outcome.Redact && i.Redact.Count > 0)
            .Select(i => $"{Phrases.List(i.Redact.Select(result.PortionName).Distinct())} in {(result.ItemNames.TryGetValue(i.Id, out var n) ? Phrases.ShortOrWhole(n) : i.Id)}")
            .ToList();
        return parts.Count == 0 ? null : $"{string.Join("; ", parts.Take(3))}{(parts.Count > 3 ? $"; and parts of {parts.Count - 3} more" : "")}";
    }

    // Each document as the orders name it (with its exhibit number where the filing facts give one), read inside a sentence.
    private static string Names(IReadOnlyList<string> ids, SealingRequest request, SealingResult result)
    {
        var names = ids.Select(id => Phrases.Named(Orders.OrderBuilder.DocumentName(request, result, id))).ToList();
        return names.Count <= 3 ? Phrases.List(names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
