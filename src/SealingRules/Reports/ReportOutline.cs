using System.Globalization;
using System.Text.RegularExpressions;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// The shape every report of a result shares (Markdown and HTML): the legal standard once for all the motions, the
/// documents decided by the same findings grouped and lettered as an order's discussion is, and the warnings, one a rule
/// gives for several motions alike said once.
/// </summary>
public static partial class ReportOutline
{
    /// <summary>
    /// The motions' own steps but their remedies, each rule once: in a joint motion's words where there is one ("the
    /// parties bear the burden"), as an order ruling on several motions together would.
    /// </summary>
    public static List<StepResult> Standard(SealingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var steps = result.Motions.SelectMany(m => m.Reasoning.Where(s => !IsRemedy(s))).ToList();
        return [.. steps.Select(s => s.Rule).Distinct(StringComparer.Ordinal)
            .Select(rule => steps.Where(s => s.Rule == rule).OrderBy(s => s.Finding.StartsWith("As the parties", StringComparison.Ordinal) ? 0 : 1).First())];
    }

    /// <summary>Documents decided by the same findings, word for word, lettered A, B, C … as an order's discussion.</summary>
    public static List<(string Letter, List<ItemResult> Items)> Groups(SealingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Motions
            .SelectMany(m => m.Items)
            .GroupBy(i => string.Join("\n", i.Reasoning.Select(s => s.Rule + "\t" + s.Finding)))
            .Select((g, n) => (((char)('A' + n % 26)).ToString() + (n >= 26 ? (n / 26).ToString(CultureInfo.InvariantCulture) : ""), g.ToList()))];
    }

    /// <summary>
    /// Each group's findings as a report says them: several pieces found alike said once (<see cref="MergedFindings"/>),
    /// a finding a weighing step restates said once (<see cref="Restatements"/>), and a finding already said in full for an earlier group marked with that group's letter, to be recalled.
    /// </summary>
    public static List<(string Letter, List<ItemResult> Items, List<(StepResult Step, string? SaidIn)> Steps)> Findings(SealingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var saidIn = new Dictionary<(string, string), string>();
        var findings = new List<(string, List<ItemResult>, List<(StepResult, string?)>)>();
        foreach (var (letter, items) in Groups(result))
        {
            var steps = new List<(StepResult, string?)>();
            foreach (var step in Restatements.Drop(MergedFindings.Merge(items[0].Reasoning, result.Labels), result.Labels, s => CiteScope.Printed(s, result.Engine.Court, result.Case?.Number).Count > 0))
            {
                var earlier = saidIn.GetValueOrDefault((step.Rule, step.Finding));
                if (earlier is null) saidIn[(step.Rule, step.Finding)] = letter;
                steps.Add((step, earlier));
            }
            findings.Add((letter, items, steps));
        }
        return findings;
    }

    /// <summary>The first sentence of a finding, as a recalled finding or a table cell gives it.</summary>
    public static string FirstSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    /// <summary>Whether a step is a motion's disposition or what is to be filed.</summary>
    public static bool IsRemedy(StepResult step) => step?.Rule.StartsWith("remedy/", StringComparison.Ordinal) ?? false;

    // A warning a rule gives for several motions in the same words, but for the motion and the documents it lists, is
    // given once for all of them (the rulings list the documents).
    /// <summary>The warnings as a report gives them: one a rule gives for several motions alike said once for all of them.</summary>
    public static List<(string Message, WarningResult Warning)> Warnings(IReadOnlyList<WarningResult> warnings, Func<string, string> words)
    {
        var shown = new List<(string, WarningResult)>();
        foreach (var group in warnings.GroupBy(w => (w.Rule, Body: ForMotion().Match(w.Message) is { Success: true } m ? Listless(m.Groups[2].Value) : w.Message)))
        {
            var motions = group.Select(w => ForMotion().Match(w.Message)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            if (motions.Count < 2 || motions.Count != group.Count()) { shown.AddRange(group.Select(w => (words(w.Message), w))); continue; }
            var body = group.Key.Body.StartsWith("it ", StringComparison.Ordinal) ? "each " + group.Key.Body[3..] : group.Key.Body;
            shown.Add(($"Motions {Phrases.List(motions)}: {body}", group.First()));
        }
        return shown;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Motion ([^:]+): (.*)$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex ForMotion();

    // The message without its first parenthesis (the documents it lists), nested parentheses and all.
    private static string Listless(string message)
    {
        var open = message.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0) return message;
        var depth = 0;
        for (var i = open + 1; i < message.Length; i++)
        {
            if (message[i] == '(') depth++;
            else if (message[i] == ')' && --depth == 0) return message[..open] + message[(i + 1)..];
        }
        return message;
    }

    // A warning opens with what it concerns ("Information ex-41-emails: …"); a reader is given its name instead.
    /// <summary>A warning opened with the name of what it concerns instead of its id.</summary>
    public static string Unlabelled(string message, SealingResult result)
    {
        message = WithoutFieldNames(message);
        // "Harm 0 of item ex-15: …" is a program's address; a person reads "Reason 1 for Exhibit 15: …".
        if (HarmOfItem().Match(message) is { Success: true } harm && result.ItemNames.TryGetValue(harm.Groups["item"].Value, out var itemName))
            return $"Reason {int.Parse(harm.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1} for {Phrases.MidSentence(itemName)}: {message[harm.Length..]}";
        foreach (var (prefix, names) in new[] { ("Information ", (Func<string, string?>)Info), ("Item ", Item) })
        {
            if (!message.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var colon = message.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || names(message[prefix.Length..colon]) is not { } name) continue;
            return $"{name}: {message[(colon + 2)..]}";
        }
        return message;

        string? Info(string id) => result.Labels.TryGetValue(id, out var label) && result.ItemOf.TryGetValue(id, out var item)
            ? $"{Phrases.Capitalized(label)} in {Phrases.MidSentence(result.ItemNames.GetValueOrDefault(item, item))}" : null;
        string? Item(string id) => result.ItemNames.TryGetValue(id, out var name) ? name : null;
    }

    [GeneratedRegex(@"^Harm (?<n>\d+) of item (?<item>[^:]+): ", RegexOptions.CultureInvariant)]
    private static partial Regex HarmOfItem();

    /// <summary>
    /// A warning tells a program which field to set ("say so (relationToMerits: tangential)"); a report read by people
    /// says it in words, as the page's interview does. The JSON keeps the field names.
    /// </summary>
    /// <remarks>Rules give a hint in one form, "(field: value)" or "(field: value; words)", so one pattern removes any.</remarks>
    public static string WithoutFieldNames(string message)
        => FieldHintWithWords().Replace(FieldHint().Replace(message, ""), "(");

    [GeneratedRegex(@" \((?:[a-z]+[A-Z][A-Za-z]*|channel): [a-z-]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex FieldHint();

    [GeneratedRegex(@"\((?:[a-z]+[A-Z][A-Za-z]*|channel): [a-z-]+; ", RegexOptions.CultureInvariant)]
    private static partial Regex FieldHintWithWords();

}
