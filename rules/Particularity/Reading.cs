using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>How the resolving rules put a statement's findings into its reading.</summary>
internal static class Reading
{
    /// <summary>Which weak reading stands when several do: resting on a label outranks a general harm, which outranks conjecture.</summary>
    private static readonly Showing[] Precedence = [Showing.Conclusory, Showing.Generalized, Showing.Hypothetical, Showing.None];

    public static Showing Weakest(IEnumerable<ParticularityFinding> findings)
        => Precedence.First(p => findings.Any(f => f.Showing == p));

    /// <summary>The findings as one clause: "the statement speculates … and fears only unidentified actors" (the subject said once).</summary>
    public static string Gists(IEnumerable<ParticularityFinding> findings)
    {
        const string Subject = "the statement ";
        var gists = findings.OrderBy(f => f.Step.Rule, StringComparer.Ordinal).Select(f => f.Gist).Distinct().ToList();
        return gists.All(g => g.StartsWith(Subject, StringComparison.Ordinal))
            ? Subject + Phrases.List(gists.Select(g => g[Subject.Length..]))
            : Phrases.List(gists);
    }

    /// <summary>The findings in a fixed order, whatever order the session listed them in.</summary>
    public static IEnumerable<Step> Steps(IEnumerable<ParticularityFinding> findings)
        => findings.OrderBy(f => f.Step.Rule, StringComparer.Ordinal).Select(f => f.Step);

}
