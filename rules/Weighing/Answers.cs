using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

/// <summary>
/// How a ruling on a piece of information answers the findings that lean the other way: it names their rules (the
/// step's <c>prevailsOver</c>) and quotes their gists in an "Although …" clause, so no reason offered goes unanswered.
/// </summary>
public static class Answers
{
    /// <summary>The gists of the findings, joined as a sentence lists them.</summary>
    public static string Gists(IEnumerable<Finding> findings) => SharedPredicate(findings
        // A fixed order, never the order a session happens to collect them in: the same facts read the same way.
        .OrderBy(f => f.Step.Rule, StringComparer.Ordinal).ThenBy(f => f.Gist, StringComparer.Ordinal)
        .Select(f => f.Gist).Distinct().ToList());

    // "A is good cause and B is good cause" said once: "A and B are good cause".
    private static string SharedPredicate(List<string> gists)
    {
        if (gists.Count < 2) return Phrases.Clauses(gists);
        var cuts = gists.Select(g => g.LastIndexOf(" is ", StringComparison.Ordinal)).ToList();
        if (cuts.Any(c => c <= 0)) return Phrases.Clauses(gists);
        var predicate = gists[0][(cuts[0] + 4)..];
        return gists.Select((g, k) => g[(cuts[k] + 4)..]).All(p => p == predicate)
            ? $"{Phrases.Clauses(gists.Select((g, k) => g[..cuts[k]]))} are {predicate}"
            : Phrases.Clauses(gists);
    }

    /// <summary>"Although a and b, " for the findings a ruling prevails over; empty when there are none.</summary>
    public static string Although(IEnumerable<Finding> losing)
    {
        var gists = Gists(losing);
        return gists.Length == 0 ? "" : $"Although {gists}, ";
    }

    /// <summary>The rules whose findings a ruling prevails over, in a fixed order.</summary>
    public static IReadOnlyList<string> Rules(IEnumerable<Finding> losing)
        => losing.Select(f => f.Step.Rule).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();

    /// <summary>Whether any finding has one of the weights.</summary>
    public static bool Any(IEnumerable<Finding> findings, params Weight[] weights) => findings.Any(f => weights.Contains(f.Weight));

    /// <summary>The findings that lean one way.</summary>
    public static IEnumerable<Finding> Leaning(IEnumerable<Finding> findings, Leans way) => findings.Where(f => f.Leans == way);

    /// <summary>The findings of one weight.</summary>
    public static IEnumerable<Finding> Of(IEnumerable<Finding> findings, Weight weight) => findings.Where(f => f.Weight == weight);

    /// <summary>A ruling's step: it leans the way the ruling goes and names what it prevails over.</summary>
    public static Step Ruling(string rule, string text, Information info, bool withhold, IEnumerable<Finding> losing)
        => Step.Of(rule, text, info.Id) with { Leans = withhold ? Leans.Secrecy : Leans.Access, PrevailsOver = Rules(losing) };

    /// <summary>
    /// A balancing finding that the public's interest outweighs the reasons found: "Although {their gists}, {why}", the
    /// step leaning to access and naming the rules it prevails over.
    /// </summary>
    public static Finding Outweighed(string rule, Information info, IEnumerable<Finding> reasons, string why, string gist)
        => new(info.Id, Weight.OutweighedByPublicInterest, false, Ruling(rule, $"Although {Gists(reasons)}, {why}", info, false, reasons), gist);
}
