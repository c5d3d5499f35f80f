using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// How a report says one reading of the movant's words: a lead ("The movant's words for reason 1 read as
/// generalized"), then the findings that carry it. The resolving step is said only where it answers weaker findings;
/// otherwise it restates them. What the words would need is the check's to say, not a ruling's.
/// </summary>
public static class ReadingSummary
{
    /// <summary>The lead sentence, with the showing in words.</summary>
    public static string Lead(ShowingResult s)
    {
        var applied = s.Source == ShowingSource.Given && s.Read is not null ? $" (the request marks it {Phrases.Showing(s.Showing)}, which is applied)" : "";
        return $"The {(s.ByDesignatingParty ? "designating party" : "movant")}'s words for reason {s.Harm + 1} read as {Phrases.Showing(s.Read ?? s.Showing)}{applied}";
    }

    /// <summary>The lead for words given for <paramref name="more"/> further items too, read out once for all of them.</summary>
    public static string Lead(ShowingResult s, int more)
        => more > 0 ? Lead(s).Replace(" read as ", $" (the same words for {more} more {(more == 1 ? "item" : "items")}) read as ", StringComparison.Ordinal) : Lead(s);

    /// <summary>How many items of the result carry each reading (by <see cref="Key"/>).</summary>
    public static Dictionary<string, int> Counts(SealingResult result)
        => result.Motions.SelectMany(m => m.Items).SelectMany(i => i.Showings).Where(s => s.Because.Count > 0)
            .GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The steps a report prints under the lead.</summary>
    public static IReadOnlyList<ReadingStep> Steps(ShowingResult s)
        => s.Because[^1].PrevailsOver is { Count: > 0 } ? s.Because : s.Because.Take(s.Because.Count - 1).ToList();

    /// <summary>What makes two readings the same for a report: the same words read the same way.</summary>
    public static string Key(ShowingResult s) => Lead(s)[(Lead(s).IndexOf(" read as ", StringComparison.Ordinal))..] + "\n" + string.Join("\n", s.Because.Select(b => b.Finding));
}
