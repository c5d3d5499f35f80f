using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// The remedies of several motions, each said once: where a motion's remedy ends with the same sentences an earlier
/// motion's remedy (of the same rule) already said, they are left out and the reader is sent back to that motion, as a
/// court deciding several motions says the common direction once.
/// </summary>
public static class RemedyWords
{
    /// <summary>Each motion's remedy steps, in order, with what an earlier motion already said left out.</summary>
    public static IReadOnlyDictionary<string, List<StepResult>> Of(SealingResult result)
    {
        var said = new List<(string Motion, StepResult Step)>();
        var byMotion = new Dictionary<string, List<StepResult>>(StringComparer.Ordinal);
        foreach (var motion in result.Motions)
        {
            var steps = new List<StepResult>();
            foreach (var step in motion.Reasoning.Where(ReportOutline.IsRemedy))
            {
                var shortened = said.Where(s => s.Step.Rule == step.Rule).Select(s => Shorten(step.Finding, s.Step.Finding, s.Motion)).FirstOrDefault(x => x is not null);
                steps.Add(shortened is null ? step : step with { Finding = shortened });
                said.Add((motion.Id, step));
            }
            byMotion[motion.Id] = steps;
        }
        return byMotion;
    }

    // The finding without the whole sentences it ends with in common with an earlier one; null when it shares none.
    internal static string? Shorten(string finding, string earlier, string earlierMotion)
    {
        if (finding == earlier) return $"As for {Phrases.MotionNamed(earlierMotion)}.";
        return SharedEnding([finding, earlier]) is { } ending
            ? $"{finding[..^ending.Length].TrimEnd()} The rest is as for {Phrases.MotionNamed(earlierMotion)}."
            : null;
    }

    /// <summary>
    /// The whole sentences every one of these findings ends with, where there are two or more of them: an order says them
    /// once, after the last; null when they share no whole sentence.
    /// </summary>
    public static string? SharedEnding(IReadOnlyList<string> findings)
    {
        if (findings.Count < 2) return null;
        var first = findings[0];
        var common = first.Length;
        foreach (var other in findings.Skip(1))
        {
            var n = 0;
            while (n < common && n < other.Length && first[^(n + 1)] == other[^(n + 1)]) n++;
            common = n;
        }
        for (var at = first.Length - common; at < first.Length; at++)
        {
            if (at < 2 || first[at - 1] != ' ' || first[at - 2] != '.' || !char.IsUpper(first[at]) || Abbreviated(first[..(at - 2)])) continue;
            // Every finding must have more of its own before the ending, or it would be said twice, not once.
            var ending = first[at..];
            return findings.All(f => f.Length > ending.Length + 1) ? ending : null;
        }
        return null;
    }

    private static readonly string[] Abbreviations = ["v", "Ex", "No", "Nos", "para", "Inc", "Co", "Corp", "al", "Dkt", "Doc", "p", "pp", "St", "U.S", "Cal", "Cir"];

    private static bool Abbreviated(string before)
    {
        var word = before[(before.LastIndexOfAny([' ', '(', '\'']) + 1)..];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word, StringComparer.Ordinal);
    }
}
