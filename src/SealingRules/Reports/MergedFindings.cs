using System.Text.RegularExpressions;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// One sentence for a finding a rule makes of several pieces of information alike, as a judge writes it ("the name,
/// city of origin and occupation are details that …"), instead of the same sentence once per piece. Two steps merge
/// when the same rule says the same words of each piece but its name; the sentence is put in the plural, and a step
/// whose words the plural cannot be formed for stays as it is. The JSON keeps every step; only the prose merges.
/// </summary>
public static partial class MergedFindings
{
    private const string Slot = "\u0001";

    /// <summary>The steps with those that differ only by the piece they name said once, at the first one's place.</summary>
    /// <param name="steps">The steps, in order.</param>
    /// <param name="labels">Each information id's noun phrase (the result's <c>Labels</c>).</param>
    public static IReadOnlyList<StepResult> Merge(IReadOnlyList<StepResult> steps, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(labels);
        var keyed = steps.Select(s => (Step: s, Key: Key(s, labels))).ToList();
        var groups = keyed.Where(x => x.Key is not null).GroupBy(x => x.Key!.Value)
            .Where(g => g.Select(x => x.Step.Concerns[0]).Distinct().Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Step).ToList());
        var merged = new List<StepResult>();
        var done = new HashSet<(string, string)>();
        foreach (var (step, key) in keyed)
        {
            if (key is not { } k || !groups.TryGetValue(k, out var group)) { merged.Add(step); continue; }
            if (!done.Add(k)) continue;
            var names = group.Select(s => Bare(labels[s.Concerns[0]])).Distinct().ToList();
            merged.Add(step with
            {
                Finding = Shortened(k.Template, names.Count).Replace(Slot, Listed(names), StringComparison.Ordinal),
                Concerns = [.. group.SelectMany(s => s.Concerns).Distinct()],
                Authorities = [.. group.SelectMany(s => s.Authorities).DistinctBy(a => a.Cite)],
            });
        }
        return merged;
    }

    // The rule and the plural sentence with the piece's name taken out; none where the step is not about one named
    // piece, or its sentence cannot be put in the plural.
    private static (string Rule, string Template)? Key(StepResult step, IReadOnlyDictionary<string, string> labels)
    {
        if (step.Concerns.Count != 1 || !labels.TryGetValue(step.Concerns[0], out var label)) return null;
        var name = Bare(label);
        // "information" alone names nothing a reader could tell apart; a name inside a longer word is not the piece.
        if (name == "information") return null;
        // Word edges by lookaround, so a name that ends in a parenthesis ("licensing terms (patent list)") is found too.
        var named = new Regex($@"(?<!\w){Regex.Escape(name)}(?!\w)(?!['’]s)", RegexOptions.CultureInvariant);
        if (!named.IsMatch(step.Finding)) return null;
        var template = named.Replace(step.Finding, Slot);
        return Plural(template) is { } plural ? (step.Rule, plural) : null;
    }

    /// <summary>Pieces named in one list as a merged finding names them: "trade secrets listed first, second and third".</summary>
    /// <param name="names">The pieces' names without their article.</param>
    public static string Listed(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        // Told apart by their ids' words: "licensing terms (patent list and other terms)".
        var open = names[0].IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && names.All(n => n.EndsWith(')') && n.StartsWith(names[0][..(open + 2)], StringComparison.Ordinal)))
            return names[0][..(open + 2)] + Phrases.List(names.Select(n => n[(open + 2)..^1])) + ")";
        var at = names[0].IndexOf(" listed ", StringComparison.Ordinal);
        if (at < 0 || names.Any(n => !n.StartsWith(names[0][..(at + 8)], StringComparison.Ordinal))) return Phrases.List(names);
        return names[0][..(at + 8)] + Phrases.List(names.Select(n => n[(at + 8)..]));
    }

    // A long list is named once: where the sentence names it again, it says "all of them".
    private static string Shortened(string template, int count)
    {
        var first = template.IndexOf(Slot, StringComparison.Ordinal);
        if (count < 4 || first < 0) return template;
        var rest = template[(first + 1)..]
            .Replace("as to the " + Slot + ", which may be kept", "as to all of them, which may be kept", StringComparison.Ordinal)
            .Replace("the " + Slot + " stay public", "all of them stay public", StringComparison.Ordinal);
        return template[..(first + 1)] + rest;
    }

    private static string Bare(string label) => label.StartsWith("the ", StringComparison.Ordinal) ? label[4..] : label;

    /// <summary>The sentence with its subject in the plural, or null where a word agreeing with it is not one this knows.</summary>
    /// <param name="template">The finding with the piece's name replaced by the slot character U+0001.</param>
    public static string? Plural(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = template;
        foreach (var (singular, plural) in Agreements) text = singular.Replace(text, plural);
        text = VerbAfterSlot().Replace(text, m => Slot + " " + PluralVerbs[m.Groups[1].Value]);
        // A verb right after the subject that is still singular is one this does not know: leave the step alone.
        return SingularAfterSlot().IsMatch(text) ? null : text;
    }

    // The words that agree with the piece, as the rules write them, each with its plural.
    private static readonly (Regex Singular, string Plural)[] Agreements =
    [
        (new Regex(Slot + " is a detail that", RegexOptions.CultureInvariant), Slot + " are details that"),
        (new Regex(Slot + " identifies and exposes", RegexOptions.CultureInvariant), Slot + " identify and expose"),
        (new Regex(Slot + " exposes a person to contact or misuse and plays", RegexOptions.CultureInvariant), Slot + " expose a person to contact or misuse and play"),
        (new Regex(", and it plays no part", RegexOptions.CultureInvariant), ", and they play no part"),
        (new Regex("; it stays public", RegexOptions.CultureInvariant), "; they stay public"),
        (new Regex(": it holds", RegexOptions.CultureInvariant), ": they hold"),
        (new Regex("(redacting|keeping|disclosing) it\\b", RegexOptions.CultureInvariant), "$1 them"),
        (new Regex("make it anonymous", RegexOptions.CultureInvariant), "make them anonymous"),
        (new Regex("show that it is\\b", RegexOptions.CultureInvariant), "show that they are"),
    ];

    // The verb right after the subject, and its plural.
    private static readonly Dictionary<string, string> PluralVerbs = new(StringComparer.Ordinal)
    {
        ["is"] = "are", ["stays"] = "stay", ["belongs"] = "belong", ["holds"] = "hold", ["has"] = "have", ["exposes"] = "expose", ["identifies"] = "identify",
    };

    [GeneratedRegex("\u0001 (is|stays|belongs|holds|has|exposes|identifies)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfterSlot();

    [GeneratedRegex("\u0001 (is|was|has|does|stays|remains|belongs|holds|exposes|identifies|plays|reveals|contains|shows|makes|lets)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex SingularAfterSlot();
}
