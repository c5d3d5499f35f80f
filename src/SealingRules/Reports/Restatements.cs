using SealingRules.Contract;

namespace SealingRules.Reports;

/// <summary>
/// A weighing step often restates the one-sentence finding just before it ("The name … could let someone familiar with
/// the individuals deduce who they are" and then "Because … the name … could let someone familiar with the individuals
/// deduce who they are, the presumption of access is overcome …"). An order says it once: the finding, where the
/// weighing only concludes from it; the weighing, where it answers a finding that leaned the other way (it says why one
/// prevails) and the finding it restates cites nothing of its own. No citation moves from one sentence to another: a
/// finding that cites an authority is never the one left out. The JSON keeps every step; only the prose drops the
/// repetition.
/// </summary>
public static class Restatements
{
    // Nearly half the finding's own words (its pieces' names and the little words aside) said again by the weighing:
    // less is a conclusion drawn in other words ("No reason … has been shown for the licensing terms"), not a restatement.
    private const double Said = 0.45;

    /// <summary>The steps, each finding said once where a weighing step right after it restates it.</summary>
    /// <param name="steps">A group's steps, in order, after <see cref="MergedFindings.Merge"/>.</param>
    /// <param name="labels">Each information id's noun phrase (the result's <c>Labels</c>): names are not what is restated.</param>
    /// <param name="cites">Whether a step prints a citation in this rendering (<see cref="CiteScope.Printed"/>).</param>
    public static IReadOnlyList<StepResult> Drop(IReadOnlyList<StepResult> steps, IReadOnlyDictionary<string, string> labels, Func<StepResult, bool> cites)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(cites);
        var kept = new List<StepResult>();
        foreach (var step in steps)
        {
            switch (kept.Count > 0 ? Restates(step, kept[^1], labels, cites) : null)
            {
                case true: kept[^1] = step; break;
                case false: break;
                default: kept.Add(step); break;
            }
        }
        return kept;
    }

    // Whether the weighing step restates the finding before it: null where it does not (or where the one to leave out
    // cites an authority); true to say the weighing instead of the finding, false to say the finding alone.
    private static bool? Restates(StepResult weighing, StepResult finding, IReadOnlyDictionary<string, string> labels, Func<StepResult, bool> cites)
    {
        if (!IsWeighing(weighing) || IsWeighing(finding) || finding.Concerns.Count == 0) return null;
        // A finding of several sentences is doctrine in its own right (the officials' phone numbers): it stays.
        if (ReportOutline.FirstSentence(finding.Finding) != finding.Finding) return null;
        var names = finding.Concerns.Concat(weighing.Concerns).Select(id => labels.GetValueOrDefault(id)).OfType<string>().ToList();
        var own = Words(finding.Finding, names);
        var again = Words(weighing.Finding, names);
        if (own.Count == 0 || own.Count(again.Contains) < own.Count * Said) return null;
        if (weighing.PrevailsOver is { Count: > 0 })
            return !cites(finding) && finding.Concerns.All(weighing.Concerns.Contains) ? true : null;
        return weighing.Concerns.All(finding.Concerns.Contains) ? false : null;
    }

    private static bool IsWeighing(StepResult step) => step.Rule.StartsWith("weighing/", StringComparison.Ordinal);

    // A sentence's own words, as the judged statements' likeness reads them (JudgedStatements.Tokens: the little words
    // out, endings off), leaving out its pieces' names: two sentences about the same pieces share them.
    private static HashSet<string> Words(string text, IReadOnlyList<string> names)
    {
        var lower = text.ToLowerInvariant();
        foreach (var name in names.Select(n => (n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n).ToLowerInvariant()).OrderByDescending(n => n.Length))
            lower = lower.Replace(name, " ", StringComparison.Ordinal);
        return Reading.JudgedStatements.Tokens(lower).ToHashSet(StringComparer.Ordinal);
    }
}
