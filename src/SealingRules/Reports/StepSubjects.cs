using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// What a finding is about, where its sentence does not say: a finding that concerns only some of an item's
/// information ("this information") is opened with the pieces it concerns ("As to the pricing terms: …"), so that two
/// findings on different pieces never read as contradicting each other. Rulings name their information themselves.
/// </summary>
public static class StepSubjects
{
    /// <summary>The finding opened with what it concerns ("As to the pricing terms, the movant …"), or as it is.</summary>
    /// <param name="step">A step of the item's reasoning.</param>
    /// <param name="item">The item it belongs to.</param>
    /// <param name="labels">Each information id's noun phrase (the result's <c>Labels</c>).</param>
    public static string Opened(StepResult step, ItemResult item, IReadOnlyDictionary<string, string> labels)
        => Opened(Prefix(step, item, labels), step?.Finding ?? "");

    /// <summary>A finding behind a prefix: run on with a comma where its first word is an ordinary one, after a colon otherwise.</summary>
    /// <param name="prefix">"As to the pricing terms: ", or empty.</param>
    /// <param name="finding">The finding's sentence.</param>
    public static string Opened(string prefix, string finding)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(finding);
        if (prefix.Length == 0 || finding.Length == 0) return prefix + finding;
        var first = finding.Split(' ', 2)[0];
        return Ordinary.Contains(first) ? $"{prefix[..^2]}, {char.ToLowerInvariant(finding[0])}{finding[1..]}" : prefix + finding;
    }

    // Words that open the rules' sentences and read the same in lower case (never a name: "Rule", "Senior", a case).
    private static readonly HashSet<string> Ordinary = new(StringComparer.Ordinal)
    {
        "The", "It", "A", "An", "No", "On", "By", "Although", "Because", "Once", "With", "This", "These", "Such", "Nothing",
        "Every", "Only", "Where", "Whatever", "That", "Disclosing", "Disclosure", "Compelling", "Good", "Records", "Information",
    };

    /// <summary>"As to the pricing terms: " for a finding on part of the item's information; otherwise empty.</summary>
    /// <param name="step">A step of the item's reasoning.</param>
    /// <param name="item">The item it belongs to.</param>
    /// <param name="labels">Each information id's noun phrase (the result's <c>Labels</c>).</param>
    public static string Prefix(StepResult step, ItemResult item, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(labels);
        if (step.Concerns.Count == 0 || NamesItsInformation(step.Rule)) return "";
        var all = item.Redact.Concat(item.Disclose).ToHashSet(StringComparer.Ordinal);
        if (all.All(step.Concerns.Contains)) return "";
        var named = step.Concerns.Where(all.Contains).Select(id => labels.GetValueOrDefault(id)).ToList();
        if (named.Count == 0 || named.Any(n => n is null)) return "";
        // A finding that already names what it concerns needs no opening.
        if (named.All(n => step.Finding.Contains(WithoutArticle(n!), StringComparison.Ordinal))) return "";
        // Nor one that names them as a merged finding lists them ("the licensing terms listed first and second").
        if (named.Count > 1 && step.Finding.Contains(MergedFindings.Listed([.. named.Select(n => WithoutArticle(n!))]), StringComparison.Ordinal)) return "";
        return $"As to {Phrases.List(named.Distinct()!)}: ";
    }

    // "the phone number" is named by "the officials' phone numbers" too.
    private static string WithoutArticle(string label) => label.StartsWith("the ", StringComparison.Ordinal) ? label[4..] : label;

    // The weighing rules and Rule 5.2's floor rule on one piece and say which; tailoring and remedies speak of the item.
    private static bool NamesItsInformation(string rule) =>
        rule.StartsWith("weighing/", StringComparison.Ordinal) || rule == "rule-5-2/floor"
        || rule.StartsWith("tailoring/", StringComparison.Ordinal) || rule.StartsWith("remedy/", StringComparison.Ordinal);
}
