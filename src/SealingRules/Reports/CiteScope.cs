using System.Text.RegularExpressions;
using SealingRules.Contract;

namespace SealingRules.Reports;

/// <summary>
/// Which authorities a rendering prints for a step. A disposition (the motion denied without prejudice, the redacted
/// versions to be filed) is the deciding court's own call: an order of another district that made the same call is no
/// authority for it there, so a remedy step cites it only in that district. Findings keep their authorities: courts
/// cite other districts' orders beside the circuit's for the points they decide, as the seed itself does. The engine
/// applies <see cref="Keep"/> to the JSON's steps too; a rendering applies it again so that it reads any result the same.
/// </summary>
public static partial class CiteScope
{
    /// <summary>Whether to print <paramref name="cite"/> for a step of <paramref name="rule"/> in a case before <paramref name="court"/>.</summary>
    public static bool Keep(string rule, string cite, string? court)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(cite);
        if (!rule.StartsWith("remedy/", StringComparison.Ordinal) || court is null) return true;
        return DistrictOf(cite) is not { } district || district == court;
    }

    /// <summary>
    /// The authorities a rendering prints for a step: never the order the request itself encodes (a case's own slip
    /// opinion, named by its number), and a disposition's only as <see cref="Keep"/> allows.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <param name="court">The district deciding.</param>
    /// <param name="caseNumber">The request's case number, if given.</param>
    public static List<CitationResult> Printed(StepResult step, string? court, string? caseNumber)
    {
        ArgumentNullException.ThrowIfNull(step);
        return [.. step.Authorities.Where(a => !IsOwn(a.Cite, caseNumber) && Keep(step.Rule, a.Cite, court))];
    }

    /// <summary>
    /// Whether a cite is to the case's own order (its number, as a cite gives it: "No. 17-cv-02366-BAS-KSC," before a
    /// reporter cite, or "No. 1:20-cv-00538-JLT-SAB (E.D. Cal." where the order is cited whole).
    /// </summary>
    public static bool IsOwn(string cite, string? caseNumber)
        => caseNumber is { Length: > 0 } number
            && ((cite ?? "").Contains($"No. {number},", StringComparison.Ordinal) || (cite ?? "").Contains($"No. {number} (", StringComparison.Ordinal));

    /// <summary>The district court a cite names in its parenthetical ("S.D. Cal."), or null for a court of appeals, the Supreme Court or a rule.</summary>
    public static string? DistrictOf(string cite)
    {
        ArgumentNullException.ThrowIfNull(cite);
        return District().Match(cite) is { Success: true } m ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\((N\.D\. Cal\.|S\.D\. Cal\.|C\.D\. Cal\.|E\.D\. Cal\.|D\. Ariz\.|D\. Nev\.|W\.D\. Wash\.|E\.D\. Wash\.|D\. Or\.|D\. Haw\.|D\. Idaho|D\. Mont\.|D\. Alaska|D\. Guam|D\.N\. Mar\. I\.)[ )]", RegexOptions.CultureInvariant)]
    private static partial Regex District();
}
