using System.Globalization;
using System.Text;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// The result as an order reads: each motion's standard, the discussion item by item (what several items share said
/// once), then the motion's disposition and what is to be filed. Rule and information ids appear only with
/// <c>ids</c>, for readers checking the trace.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The result as Markdown; with <paramref name="ids"/>, rule and information ids; with <paramref name="whatIf"/>, the what-if sections.</summary>
    public static string Render(SealingResult result, bool ids = false, WhatIf.WhatIfResult? whatIf = null)
    {
        var md = new StringBuilder();
        var caseLine = string.Join(", ", new[] { result.Case?.Name, result.Case?.Number, result.Engine.Court }.Where(s => !string.IsNullOrEmpty(s)));
        md.AppendLine(CultureInfo.InvariantCulture, $"# Recommended ruling on {UnsealWords.Subject(result)}{(caseLine.Length > 0 ? $": {caseLine}" : "")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Law applied as of {result.Engine.LawAsOf}. {result.Engine.Name} {result.Engine.Version}, rules {result.Engine.RulesVersion}. A prediction, not legal advice.");
        var labels = new Labeller(result.Labels, ids) { ReadingCounts = ReadingSummary.Counts(result), OwnCase = result.Case?.Number, Court = result.Engine.Court, Speak = t => UnsealWords.Said(t, result) };
        var changes = whatIf?.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        // The legal standard once for all the motions; each finding once for all the documents it decides, in groups
        // lettered as an order's discussion is; then each motion's rulings, pointing to the groups.
        Standard(md, result, labels, ids);
        Findings(md, result, labels, ids, changes);
        Rulings(md, result, ReportOutline.Groups(result), labels, ids);
        if (result.Warnings.Count > 0)
        {
            md.AppendLine().AppendLine("## Warnings").AppendLine();
            foreach (var (message, w) in ReportOutline.Warnings(result.Warnings, ids ? (m => m) : m => ReportOutline.Unlabelled(m, result)))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {labels.Speak(message)}");
                if (w.Follows is { } follows) md.AppendLine(CultureInfo.InvariantCulture, $"  - The view followed: {labels.Cites(follows)}.");
                if (w.OtherView is { } other) md.AppendLine(CultureInfo.InvariantCulture, $"  - The other view: {labels.Cites(other)}.");
            }
        }
        return md.ToString();
    }

    private static void Standard(StringBuilder md, SealingResult result, Labeller labels, bool ids)
    {
        md.AppendLine().AppendLine("## The legal standard").AppendLine();
        Steps(md, ReportOutline.Standard(result), labels, ids);
    }

    private static void Findings(StringBuilder md, SealingResult result, Labeller labels, bool ids, Dictionary<string, WhatIf.ItemWhatIf>? whatIf)
    {
        md.AppendLine().AppendLine("## Findings");
        foreach (var (letter, items, steps) in ReportOutline.Findings(result))
        {
            var first = items[0];
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {letter}. {Phrases.List(items.Select(i => Name(i, ids)))}").AppendLine();
            foreach (var call in first.CloseCalls) md.AppendLine(CultureInfo.InvariantCulture, $"Close call: {Phrases.AfterColon(labels.Speak(call))}").AppendLine();
            var n = 1;
            // A finding said in full for an earlier group is recalled by its first sentence (with ids, said in full).
            foreach (var (step, saidIn) in steps)
            {
                var opened = StepSubjects.Opened(ids ? "" : StepSubjects.Prefix(step, first, labels.Names), Line(step, labels, ids, concerns: true));
                var line = saidIn is null || ids ? opened : $"{ReportOutline.FirstSentence(opened)} (As found in {saidIn}.)";
                md.AppendLine(CultureInfo.InvariantCulture, $"{n++}. {line}");
            }
            foreach (var item in items) Readings(md, item, labels);
            if (whatIf is not null) Changes(md, items, whatIf, labels);
            else if (first.Cures.Count > 0)
            {
                md.AppendLine().AppendLine("What would change the outcome:");
                foreach (var cure in first.Cures) md.AppendLine(CultureInfo.InvariantCulture, $"- {labels.Speak(labels.Cure(cure))}");
            }
        }
    }

    private static void Rulings(StringBuilder md, SealingResult result, List<(string Letter, List<ItemResult> Items)> groups, Labeller labels, bool ids)
    {
        md.AppendLine().AppendLine("## Rulings");
        var letterOf = groups.SelectMany(g => g.Items.Select(i => (i.Id, g.Letter))).ToDictionary(x => x.Id, x => x.Letter, StringComparer.Ordinal);
        var remedies = RemedyWords.Of(result);
        foreach (var motion in result.Motions)
        {
            // A motion to unseal is ruled on from its own side: granted when the records are unsealed (UnsealWords).
            var unsealing = result.Unsealing.ContainsKey(motion.Id);
            var heading = unsealing
                ? $"{UnsealWords.Named(motion.Id)}: {Disposed(UnsealWords.Ruling(motion))}; {UnsealWords.Leaves(motion)}"
                : $"{Phrases.MotionNamed(motion.Id)}: {Disposed(motion.Disposition)}{(motion.WithoutPrejudice ? " without prejudice" : "")}";
            md.AppendLine().AppendLine("### " + heading);
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Standard: **{Words(motion.Standard)}**.").AppendLine();
            foreach (var item in motion.Items)
            {
                var what = item.Outcome == Model.Outcome.Redact
                    ? $" Redacted: {labels.List(item.Redact)}.{(item.Disclose.Count > 0 ? $" Public: {labels.List(item.Disclose)}." : "")}"
                    : "";
                var relief = unsealing ? "" : $"{Granted(item.Relief)}; ";
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Name(item, ids)}: **{(unsealing ? Unsealed(item.Outcome) : Outcome(item.Outcome))}** ({relief}{Settled(item.Certainty)}; see {letterOf[item.Id]}).{what}");
            }
            var closing = remedies[motion.Id];
            if (closing.Count > 0) md.AppendLine();
            Steps(md, closing, labels, ids);
        }
    }


    // The what-if in words: what it takes to win, what could go wrong, and the cures that say what a declaration must
    // contain (the what-if says which fact moves; a cure says what to put in the declaration that moves it).
    private const int ShownChanges = 3;

    private static string Others(int n, string noun) => n == 1 ? $"one other {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n} other {noun}s");

    // The same change for several documents of the group ("If …, Exhibit 2 would be …" and "If …, Exhibit 3 would be …")
    // is said once, naming them all, in the order first met; a change for one document alone stays as it is.
    private static List<string> Together(List<ItemResult> items, List<WhatIf.ItemWhatIf> found, WhatIf.Direction direction)
    {
        const string Slot = "\u0001";
        var said = new List<(string Key, List<(string Id, string Alone, string Listed)> Documents)>();
        foreach (var f in found)
        {
            var item = items.Single(i => i.Id == f.Id);
            var alone = item.Title is { } title ? Phrases.ShortTitle(title) : item.Id;
            // "the document" (a title with no short form) is clear alone; in a list of documents it is not.
            var listed = item.Title is { } t && alone == "the document" ? Phrases.ShortOrWhole(t) : alone;
            foreach (var c in f.Changes.Where(c => c.Direction == direction))
            {
                var key = c.Explanation.Replace($", {alone} would be ", $", {Slot} would be ", StringComparison.Ordinal);
                var at = said.FindIndex(x => x.Key == key);
                if (at < 0) said.Add((key, [(item.Id, alone, listed)]));
                else if (!said[at].Documents.Exists(d => d.Id == item.Id)) said[at].Documents.Add((item.Id, alone, listed));
            }
        }
        // Every document of a part of three or more is named by the part's heading, just above, not listed again.
        string Named(List<(string Id, string Alone, string Listed)> documents) => documents switch
        {
            [var one] => one.Alone,
            _ when documents.Count > 2 && documents.Count == items.Count => $"each of these {Orders.OrderBuilder.Number(documents.Count)} documents",
            _ => Phrases.List(documents.Select(d => d.Listed)),
        };
        return [.. said.Select(x => x.Key.Replace(Slot, Named(x.Documents), StringComparison.Ordinal))];
    }

    // Documents decided alike are answered alike: the changes said once for the group, each sentence once.
    private static void Changes(StringBuilder md, List<ItemResult> items, Dictionary<string, WhatIf.ItemWhatIf> whatIf, Labeller labels)
    {
        var found = items.Select(i => whatIf.GetValueOrDefault(i.Id)).Where(f => f is not null).Select(f => f!).ToList();
        var win = Together(items, found, WhatIf.Direction.TowardRelief);
        var lose = Together(items, found, WhatIf.Direction.AwayFromRelief);
        var declarations = items[0].Cures.Where(c => c.Contains("declaration", StringComparison.Ordinal)).ToList();
        var none = found.Select(f => f.WithinReach).FirstOrDefault(w => w is not null);
        if (win.Count > 0 || declarations.Count > 0 || none is not null)
        {
            // The changes come ranked by what they ask of the party; the first few say what to do, the JSON keeps all.
            md.AppendLine().AppendLine("What would change the outcome:");
            foreach (var c in win.Take(ShownChanges)) md.AppendLine(CultureInfo.InvariantCulture, $"- {labels.Speak(c)}");
            if (win.Count > ShownChanges)
                md.AppendLine(CultureInfo.InvariantCulture, $"- (And {Others(win.Count - ShownChanges, "change")}, each asking more of the party.)");
            if (none is not null) md.AppendLine(CultureInfo.InvariantCulture, $"- {none}");
            foreach (var cure in declarations) md.AppendLine(CultureInfo.InvariantCulture, $"- What the declaration must contain: {Phrases.AfterColon(labels.Cure(cure))}");
        }
        if (lose.Count > 0)
        {
            md.AppendLine().AppendLine("What could go wrong:");
            foreach (var c in lose.Take(ShownChanges)) md.AppendLine(CultureInfo.InvariantCulture, $"- {labels.Speak(c)}");
            if (lose.Count > ShownChanges) md.AppendLine(CultureInfo.InvariantCulture, $"- (And {Others(lose.Count - ShownChanges, "risk")} of the same kind.)");
        }
        // The rules nearest to applying first, and only those: a rule that would also need another harm claimed (law
        // enforcement for a company's letters) is no reason a party could give, and listing it doubled the section.
        var allWhyNot = found.SelectMany(f => f.WhyNot ?? []).DistinctBy(w => w.Description).ToList();
        var nearest = allWhyNot.Count == 0 ? 0 : allWhyNot.Min(w => w.Unmet.Count);
        var whyNot = allWhyNot.Where(w => w.Unmet.Count == nearest).Take(4).ToList();
        if (whyNot.Count > 0)
        {
            md.AppendLine().AppendLine("Why not more:");
            // What the facts lack is said once for the rules that lack the same thing, each rule then named beneath it.
            foreach (var lack in whyNot.GroupBy(w => (Concerns: string.Join(",", w.Concerns), Unmet: string.Join("; ", w.Unmet))))
            {
                var first = lack.First();
                md.AppendLine(CultureInfo.InvariantCulture, $"- As to {labels.List(first.Concerns)}, these facts do not show {string.Join(", and ", first.Unmet.Select(u => "that " + u))}. {(lack.Count() == 1 ? "Were that shown, this would apply:" : "Were that shown, any of these could apply:")}");
                foreach (var w in lack) md.AppendLine(CultureInfo.InvariantCulture, $"  - {w.Description}");
            }
            if (allWhyNot.Count > whyNot.Count)
                md.AppendLine(CultureInfo.InvariantCulture, $"- (And {Others(allWhyNot.Count - whyNot.Count, "rule")} that would need more of these facts to differ.)");
        }
    }

    private static void Steps(StringBuilder md, IReadOnlyList<StepResult> steps, Labeller labels, bool ids, Func<StepResult, string>? subject = null)
    {
        var n = 1;
        // With ids the reader sees what each step concerns in brackets; without, a partial finding names its subject.
        foreach (var step in steps)
            md.AppendLine(CultureInfo.InvariantCulture, $"{n++}. {StepSubjects.Opened(ids || subject is null ? "" : subject(step), Line(step, labels, ids, concerns: true))}");
    }

    private static string Line(StepResult step, Labeller labels, bool ids, bool concerns)
    {
        var printed = CiteScope.Printed(step, labels.Court, labels.OwnCase);
        var cites = printed.Count == 0 ? "" : " " + labels.Cites(printed) + ".";
        var about = concerns && step.Concerns.Count > 0 && ids ? $" [{string.Join(", ", step.Concerns)}]" : "";
        var rule = ids ? $" `{step.Rule}`" : "";
        return $"{labels.Speak(step.Finding)}{cites}{about}{rule}";
    }

    private static string Name(ItemResult item, bool ids)
        => item.Title is null ? item.Id : ids ? $"{item.Id}: {item.Title}" : item.Title;

    private static string Outcome(Outcome outcome) => outcome switch
    {
        Model.Outcome.Seal => "filed under seal",
        Model.Outcome.Redact => "filed publicly with redactions",
        _ => "filed publicly",
    };

    private static string Unsealed(Outcome outcome) => outcome switch
    {
        Model.Outcome.Seal => "remains under seal",
        Model.Outcome.Redact => "unsealed with redactions",
        _ => "unsealed",
    };

    private static string Words<T>(T value) where T : struct, Enum => Kebab.Of(value).Replace('-', ' ');

    // The contract's values in the words a reader of an order uses (the JSON keeps the values).
    private static string Disposed(Disposition d) => d == Disposition.GrantedInPart ? "granted in part and denied in part" : Words(d);

    private static string Granted(Relief relief) => relief switch
    {
        Relief.Full => "all the relief asked",
        Relief.Partial => "part of the relief asked",
        _ => "none of the relief asked",
    };

    private static string Settled(Certainty certainty) => certainty == Certainty.Settled ? "settled law" : "within the court's discretion";

    /// <summary>A cure with the information it concerns named in words ("as to the phone number"), not by id.</summary>
    public static string CureInWords(string cure, SealingResult result) => new Labeller(result.Labels, false).Cure(cure);

    /// <summary>
    /// What one rendering keeps as it goes: names information by its kind ("the phone number"), or by id when ids are
    /// asked for, and cites authorities in full the first time, in short form after.
    /// </summary>
    private sealed class Labeller(IReadOnlyDictionary<string, string> labels, bool ids)
    {
        private readonly CiteForms _forms = new();

        public IReadOnlyDictionary<string, string> Names => labels;

        // The readings already read out in this rendering, by their words, and how many items each is given for.
        public HashSet<string> ReadAlready { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> ReadingCounts { get; init; } = new(StringComparer.Ordinal);

        // Citations in italics as courts write them, case names and all.
        public string Cites(IEnumerable<CitationResult> cites) => string.Join("; ", _forms.Of(cites.Select(c => c.Cite).Where(c => !CiteScope.IsOwn(c, OwnCase))).Select(c => $"*{c}*"));

        // A report on a case does not cite that case's own order for its holding (the seed's slip opinion on the seed).
        public string? OwnCase { get; init; }

        // The district deciding: a disposition cites another district's order for its own call only there (CiteScope).
        public string? Court { get; init; }

        // A finding in the report's words (on motions to unseal, the party keeping the records sealed by its name).
        public Func<string, string> Speak { get; init; } = t => t;

        public string Of(string id) => ids || !labels.TryGetValue(id, out var label) ? id : label;

        // Pieces of one kind are listed as a merged finding lists them ("the licensing terms (patent list and other terms)").
        public string List(IEnumerable<string> infoIds)
        {
            var names = infoIds.Select(Of).Distinct().ToList();
            return !ids && names.Count > 1 && names.All(n => n.StartsWith("the ", StringComparison.Ordinal) && (n.EndsWith(')') || n.Contains(" listed ", StringComparison.Ordinal)))
                ? "the " + MergedFindings.Listed([.. names.Select(n => n[4..])])
                : Phrases.List(names);
        }

        // A cure names the information it concerns in a closing parenthesis of ids.
        public string Cure(string cure)
        {
            if (ids || !cure.EndsWith(')')) return cure;
            var open = cure.LastIndexOf(" (", StringComparison.Ordinal);
            if (open < 0) return cure;
            var named = cure[(open + 2)..^1].Split(", ");
            if (!named.All(labels.ContainsKey)) return cure;
            // Whom it concerns closes the sentence, inside its period; "the information" alone names nothing the sentence
            // has not said.
            var body = cure[..open];
            var list = List(named);
            if (list == "the information") return body;
            return body.EndsWith('.') ? $"{body[..^1]} (as to {list})." : $"{body} (as to {list})";
        }
    }

    /// <summary>
    /// How the movant's words read, under the item, for each harm given in words: the lead and the findings that carry
    /// it, cited. Words read the same way for several items are read out once, under the first, saying how many more.
    /// </summary>
    private static void Readings(StringBuilder md, ItemResult item, Labeller labels)
    {
        foreach (var s in item.Showings.Where(s => s.Because.Count > 0))
        {
            var key = ReadingSummary.Key(s);
            if (!labels.ReadAlready.Add(key)) continue;
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{labels.Speak(ReadingSummary.Lead(s, labels.ReadingCounts.GetValueOrDefault(key, 1) - 1))}:");
            foreach (var step in ReadingSummary.Steps(s))
                md.AppendLine(CultureInfo.InvariantCulture, $"- {labels.Speak(step.Finding)}{(step.Authorities.Count == 0 ? "" : " " + labels.Cites(step.Authorities) + ".")}");
            if (s.Track is { GoneBothWays: true } track) md.AppendLine(CultureInfo.InvariantCulture, $"- {track.Sentence}");
        }
    }
}
