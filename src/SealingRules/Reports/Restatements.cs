using System.Text.RegularExpressions;
using SealingRules.Contract;

namespace SealingRules.Reports;

/// <summary>
/// A weighing step often restates the one-sentence finding just before it ("The name … could let someone familiar with
/// the individuals deduce who they are" and then "Because … the name … could let someone familiar with the individuals
/// deduce who they are, the presumption of access is overcome …"). An order says it once: the finding where the weighing
/// only concludes from it, the weighing where it answers a finding that leaned the other way (it says why one prevails).
/// The step not said lends the one said its citations. The JSON keeps every step; only the prose drops the repetition.
/// </summary>
public static partial class Restatements
{
    // Six words in a row said by both: shorter runs are the doctrine's common phrases ("the public has no"), not a restatement.
    private const int Run = 6;

    /// <summary>The steps, each finding said once where a weighing step right after it restates it.</summary>
    /// <param name="steps">A group's steps, in order, after <see cref="MergedFindings.Merge"/>.</param>
    public static IReadOnlyList<StepResult> Drop(IReadOnlyList<StepResult> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var kept = new List<StepResult>();
        foreach (var step in steps)
        {
            if (kept.Count > 0 && Restates(step, kept[^1]) is { } keepWeighing)
            {
                var finding = kept[^1];
                kept[^1] = keepWeighing ? step with { Authorities = Joined(finding, step) } : finding with { Authorities = Joined(finding, step) };
                continue;
            }
            kept.Add(step);
        }
        return kept;
    }

    // Whether the weighing step restates the finding before it: null where it does not; true to say the weighing (it
    // answers a finding that leaned the other way, and reaches every piece the finding names), false to say the finding.
    private static bool? Restates(StepResult weighing, StepResult finding)
    {
        if (!IsWeighing(weighing) || IsWeighing(finding) || finding.Concerns.Count == 0) return null;
        // A finding of several sentences is doctrine in its own right (the officials' phone numbers): it stays.
        if (ReportOutline.FirstSentence(finding.Finding) != finding.Finding) return null;
        if (!Runs(weighing.Finding).Overlaps(Runs(finding.Finding))) return null;
        var answers = weighing.PrevailsOver is { Count: > 0 };
        if (answers && finding.Concerns.All(weighing.Concerns.Contains)) return true;
        if (!answers && weighing.Concerns.All(finding.Concerns.Contains)) return false;
        return null;
    }

    private static bool IsWeighing(StepResult step) => step.Rule.StartsWith("weighing/", StringComparison.Ordinal);

    private static IReadOnlyList<CitationResult> Joined(StepResult first, StepResult second)
        => [.. first.Authorities.Concat(second.Authorities).DistinctBy(a => a.Id)];

    private static HashSet<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Run <= words.Count; i++) runs.Add(string.Join(' ', words.Skip(i).Take(Run)));
        return runs;
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
