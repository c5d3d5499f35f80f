using System.Text;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>The result as a readable report: each motion, each item, the reasoning with its authorities.</summary>
public static class MarkdownReport
{
    public static string Render(SealingResult result)
    {
        var md = new StringBuilder();
        var caseLine = string.Join(", ", new[] { result.Case?.Name, result.Case?.Number, result.Engine.Court }.Where(s => !string.IsNullOrEmpty(s)));
        md.AppendLine($"# Recommended ruling on the motions to seal{(caseLine.Length > 0 ? $": {caseLine}" : "")}");
        md.AppendLine();
        md.AppendLine($"Law applied as of {result.Engine.LawAsOf}. {result.Engine.Name} {result.Engine.Version}, rules {result.Engine.RulesVersion}. A prediction, not legal advice.");
        foreach (var motion in result.Motions)
        {
            md.AppendLine().AppendLine($"## Motion {motion.Id}: {Words(motion.Disposition)}{(motion.WithoutPrejudice ? " without prejudice" : "")}");
            md.AppendLine().AppendLine($"Standard: **{Words(motion.Standard)}**.").AppendLine();
            Reasoning(md, motion.Reasoning);
            foreach (var item in motion.Items)
            {
                md.AppendLine().AppendLine($"### {item.Id}{(item.Title is null ? "" : $": {item.Title}")}");
                md.AppendLine().AppendLine($"Outcome: **{Words(item.Outcome)}** (relief {Words(item.Relief)}; standard {Words(item.Standard)}; {Words(item.Certainty)}).");
                foreach (var call in item.CloseCalls) md.AppendLine($"Close call: {call}");
                if (item.Redact.Count > 0) md.AppendLine($"Redact: {string.Join(", ", item.Redact)}.");
                if (item.Disclose.Count > 0) md.AppendLine($"Disclose: {string.Join(", ", item.Disclose)}.");
                md.AppendLine();
                Reasoning(md, item.Reasoning);
                if (item.Cures.Count > 0)
                {
                    md.AppendLine().AppendLine("What would change the outcome:");
                    foreach (var cure in item.Cures) md.AppendLine($"- {cure}");
                }
            }
        }
        if (result.Warnings.Count > 0)
        {
            md.AppendLine().AppendLine("## Warnings").AppendLine();
            foreach (var w in result.Warnings)
            {
                md.AppendLine($"- {w.Message}");
                if (w.Follows is { } follows) md.AppendLine($"  - The view followed: {string.Join("; ", follows.Select(c => $"*{c.Cite}*"))}.");
                if (w.OtherView is { } other) md.AppendLine($"  - The other view: {string.Join("; ", other.Select(c => $"*{c.Cite}*"))}.");
            }
        }
        return md.ToString();
    }

    private static void Reasoning(StringBuilder md, IReadOnlyList<StepResult> steps)
    {
        var n = 1;
        foreach (var step in steps)
        {
            var cites = step.Authorities.Count == 0 ? "" : " " + string.Join("; ", step.Authorities.Select(a => $"*{a.Cite}*")) + ".";
            var concerns = step.Concerns.Count == 0 ? "" : $" [{string.Join(", ", step.Concerns)}]";
            md.AppendLine($"{n++}. {step.Finding}{cites}{concerns} `{step.Rule}`");
        }
    }

    private static string Words<T>(T value) where T : struct, Enum => Kebab.Of(value).Replace('-', ' ');
}
