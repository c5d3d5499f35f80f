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
        md.AppendLine(CultureInfo.InvariantCulture, $"# Recommended ruling on the motions to seal{(caseLine.Length > 0 ? $": {caseLine}" : "")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Law applied as of {result.Engine.LawAsOf}. {result.Engine.Name} {result.Engine.Version}, rules {result.Engine.RulesVersion}. A prediction, not legal advice.");
        var labels = new Labeller(result.Labels, ids) { ReadingCounts = ReadingSummary.Counts(result) };
        var changes = whatIf?.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        // The legal standard is said once: a motion-level step said word for word for an earlier motion points back to it.
        var saidFor = new Dictionary<(string Rule, string Finding), string>();
        foreach (var motion in result.Motions) Motion(md, motion, labels, ids, changes, saidFor);
        if (result.Warnings.Count > 0)
        {
            md.AppendLine().AppendLine("## Warnings").AppendLine();
            foreach (var w in result.Warnings)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {(ids ? w.Message : Unlabelled(w.Message, result))}");
                if (w.Follows is { } follows) md.AppendLine(CultureInfo.InvariantCulture, $"  - The view followed: {labels.Cites(follows)}.");
                if (w.OtherView is { } other) md.AppendLine(CultureInfo.InvariantCulture, $"  - The other view: {labels.Cites(other)}.");
            }
        }
        return md.ToString();
    }

    // A warning opens with what it concerns ("Information ex-41-emails: …"); a reader is given its name instead.
    private static string Unlabelled(string message, SealingResult result)
    {
        foreach (var (prefix, names) in new[] { ("Information ", (Func<string, string?>)Info), ("Item ", Item) })
        {
            if (!message.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var colon = message.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || names(message[prefix.Length..colon]) is not { } name) continue;
            return $"{name}: {message[(colon + 2)..]}";
        }
        return message;

        string? Info(string id) => result.Labels.TryGetValue(id, out var label) && result.ItemOf.TryGetValue(id, out var item)
            ? $"{Phrases.Capitalized(label)} in {result.ItemNames.GetValueOrDefault(item, item)}" : null;
        string? Item(string id) => result.ItemNames.TryGetValue(id, out var name) ? name : null;
    }

    private static void Motion(StringBuilder md, MotionResult motion, Labeller labels, bool ids, Dictionary<string, WhatIf.ItemWhatIf>? whatIf,
        Dictionary<(string Rule, string Finding), string> saidFor)
    {
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Phrases.MotionNamed(motion.Id)}");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Standard: **{Words(motion.Standard)}**.").AppendLine();
        // The disposition and the order's terms close the motion, after its items, as an order does.
        var closing = motion.Reasoning.Where(s => s.Rule.StartsWith("remedy/", StringComparison.Ordinal)).ToList();
        var opening = motion.Reasoning.Except(closing).ToList();
        var earlier = opening.Select(s => saidFor.GetValueOrDefault((s.Rule, s.Finding))).Where(m => m is not null).Distinct().ToList();
        var fresh = opening.Where(s => !saidFor.ContainsKey((s.Rule, s.Finding))).ToList();
        if (earlier.Count > 0)
        {
            var where = Phrases.List(earlier.Select(m => Phrases.MotionNamed(m!, capital: false)));
            var pointer = fresh.Count == 0
                ? $"The legal framework is as stated for {where}."
                : $"The legal framework this motion shares with {where} is as stated there; what differs follows.";
            md.AppendLine(pointer).AppendLine();
        }
        foreach (var s in fresh) saidFor[(s.Rule, s.Finding)] = motion.Id;
        Steps(md, fresh, labels, ids);

        var shared = SharedSteps(motion);
        // Said once for all the items they concern, grouped by the items that share them.
        foreach (var group in shared.GroupBy(s => string.Join("\n", s.Items.Select(i => i.Id))))
        {
            var common = group.First().Items;
            // Items all of the motion's are named as such, not listed title by title.
            var whom = common.Count < motion.Items.Count ? Phrases.List(common.Select(i => Name(i, ids))) : common.Count == 2 ? "both items" : "all the items";
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Common to {whom}").AppendLine();
            Steps(md, group.Select(s => s.Step).ToList(), labels, ids, step =>
            {
                // Said once for several items: opened with its subject only where every item would open it alike.
                var prefixes = common.Select(i => StepSubjects.Prefix(i.Reasoning.First(s => s.Rule == step.Rule && s.Finding == step.Finding), i, labels.Names))
                    .Distinct().ToList();
                return prefixes.Count == 1 ? prefixes[0] : "";
            });
        }
        foreach (var item in motion.Items)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {Name(item, ids)}");
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Outcome: **{Outcome(item.Outcome)}** (relief {Words(item.Relief)}; standard {Words(item.Standard)}; {Words(item.Certainty)}).");
            foreach (var call in item.CloseCalls) md.AppendLine(CultureInfo.InvariantCulture, $"Close call: {call}");
            // A sealed item is withheld whole: there is nothing to list as redacted from a public version.
            if (item.Outcome == Model.Outcome.Redact)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"Redacted: {labels.List(item.Redact)}.");
                if (item.Disclose.Count > 0) md.AppendLine(CultureInfo.InvariantCulture, $"Public: {labels.List(item.Disclose)}.");
            }
            Readings(md, item, labels);
            md.AppendLine();
            var own = item.Reasoning.Where(s => !shared.Any(c => c.Step.Rule == s.Rule && c.Step.Finding == s.Finding)).ToList();
            if (own.Count == 0) md.AppendLine("The findings it shares with other items, above, decide it.");
            else if (own.Count < item.Reasoning.Count) md.AppendLine("Besides the findings it shares with other items, above:").AppendLine();
            Steps(md, own, labels, ids, step => StepSubjects.Prefix(step, item, labels.Names));
            if (whatIf?.GetValueOrDefault(item.Id) is { } found) Changes(md, item, found, labels);
            else if (item.Cures.Count > 0)
            {
                md.AppendLine().AppendLine("What would change the outcome:");
                foreach (var cure in item.Cures) md.AppendLine(CultureInfo.InvariantCulture, $"- {labels.Cure(cure)}");
            }
        }
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Disposition of {Phrases.MotionNamed(motion.Id, capital: false)}: {Words(motion.Disposition)}{(motion.WithoutPrejudice ? " without prejudice" : "")}").AppendLine();
        Steps(md, closing, labels, ids);
    }

    // The what-if in words: what it takes to win, what could go wrong, and the cures that say what a declaration must
    // contain (the what-if says which fact moves; a cure says what to put in the declaration that moves it).
    private const int ShownChanges = 3;

    private static void Changes(StringBuilder md, ItemResult item, WhatIf.ItemWhatIf found, Labeller labels)
    {
        var win = found.Changes.Where(c => c.Direction == WhatIf.Direction.TowardRelief).ToList();
        var lose = found.Changes.Where(c => c.Direction == WhatIf.Direction.AwayFromRelief).ToList();
        var declarations = item.Cures.Where(c => c.Contains("declaration", StringComparison.Ordinal)).ToList();
        if (win.Count > 0 || declarations.Count > 0 || found.WithinReach is not null)
        {
            // The changes come ranked by what they ask of the party; the first few say what to do, the JSON keeps all.
            md.AppendLine().AppendLine("What would change the outcome:");
            foreach (var c in win.Take(ShownChanges)) md.AppendLine(CultureInfo.InvariantCulture, $"- {c.Explanation}");
            if (win.Count > ShownChanges)
                md.AppendLine(CultureInfo.InvariantCulture, $"- ({win.Count - ShownChanges} more, each asking more of the party, in the JSON.)");
            if (found.WithinReach is { } none) md.AppendLine(CultureInfo.InvariantCulture, $"- {none}");
            foreach (var cure in declarations) md.AppendLine(CultureInfo.InvariantCulture, $"- What the declaration must contain: {labels.Cure(cure)}");
        }
        if (lose.Count > 0)
        {
            md.AppendLine().AppendLine("What could go wrong:");
            foreach (var c in lose) md.AppendLine(CultureInfo.InvariantCulture, $"- {c.Explanation}");
        }
        if (found.WhyNot is { Count: > 0 } whyNot)
        {
            md.AppendLine().AppendLine("Why not more:");
            foreach (var w in whyNot.Take(4)) md.AppendLine(CultureInfo.InvariantCulture, $"- {w.Description} As to {labels.List(w.Concerns)}, it needs what these facts lack: that {Phrases.List(w.Unmet)}.");
        }
    }

    // Steps that appear word for word in two or more items of the motion, each with the items it concerns.
    private static List<(StepResult Step, List<ItemResult> Items)> SharedSteps(MotionResult motion) => motion.Items
        .SelectMany(i => i.Reasoning.Select(s => (Key: (s.Rule, s.Finding), Step: s, Item: i)))
        .GroupBy(x => x.Key)
        .Where(g => g.Select(x => x.Item.Id).Distinct().Count() > 1)
        .Select(g => (g.First().Step, g.Select(x => x.Item).DistinctBy(i => i.Id).ToList()))
        .ToList();

    private static void Steps(StringBuilder md, IReadOnlyList<StepResult> steps, Labeller labels, bool ids, Func<StepResult, string>? subject = null)
    {
        var n = 1;
        // With ids the reader sees what each step concerns in brackets; without, a partial finding names its subject.
        foreach (var step in steps)
            md.AppendLine(CultureInfo.InvariantCulture, $"{n++}. {StepSubjects.Opened(ids || subject is null ? "" : subject(step), Line(step, labels, ids, concerns: true))}");
    }

    private static string Line(StepResult step, Labeller labels, bool ids, bool concerns)
    {
        var cites = step.Authorities.Count == 0 ? "" : " " + labels.Cites(step.Authorities) + ".";
        var about = concerns && step.Concerns.Count > 0 && ids ? $" [{string.Join(", ", step.Concerns)}]" : "";
        var rule = ids ? $" `{step.Rule}`" : "";
        return $"{step.Finding}{cites}{about}{rule}";
    }

    private static string Name(ItemResult item, bool ids)
        => item.Title is null ? item.Id : ids ? $"{item.Id}: {item.Title}" : item.Title;

    private static string Outcome(Outcome outcome) => outcome switch
    {
        Model.Outcome.Seal => "filed under seal",
        Model.Outcome.Redact => "filed publicly with redactions",
        _ => "filed publicly",
    };

    private static string Words<T>(T value) where T : struct, Enum => Kebab.Of(value).Replace('-', ' ');

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
        public string Cites(IEnumerable<CitationResult> cites) => string.Join("; ", _forms.Of(cites.Select(c => c.Cite)).Select(c => $"*{c}*"));

        public string Of(string id) => ids || !labels.TryGetValue(id, out var label) ? id : label;

        public string List(IEnumerable<string> infoIds) => Phrases.List(infoIds.Select(Of).Distinct());

        // A cure names the information it concerns in a closing parenthesis of ids.
        public string Cure(string cure)
        {
            if (ids || !cure.EndsWith(')')) return cure;
            var open = cure.LastIndexOf(" (", StringComparison.Ordinal);
            if (open < 0) return cure;
            var named = cure[(open + 2)..^1].Split(", ");
            return named.All(labels.ContainsKey) ? $"{cure[..open]} (as to {List(named)})" : cure;
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
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{ReadingSummary.Lead(s, labels.ReadingCounts.GetValueOrDefault(key, 1) - 1)}:");
            foreach (var step in ReadingSummary.Steps(s))
                md.AppendLine(CultureInfo.InvariantCulture, $"- {step.Finding}{(step.Authorities.Count == 0 ? "" : " " + labels.Cites(step.Authorities) + ".")}");
        }
    }
}
