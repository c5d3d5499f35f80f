using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SealingRules.Procedure;

namespace SealingRules.Reports;

/// <summary>The pre-filing check as Markdown: the procedure list, the declaration checklist, then the evaluation's report.</summary>
public static partial class CheckReport
{
    /// <summary>
    /// The check as Markdown. The predicted ruling it rests on is not repeated unless asked (<paramref name="withRuling"/>):
    /// it is the evaluation's own report, and appending it tripled the check's length.
    /// </summary>
    public static string Render(CheckResult check, bool withRuling = false)
    {
        var md = new StringBuilder();
        var p = check.Procedure;
        md.AppendLine(CultureInfo.InvariantCulture, $"# Pre-filing check{(p.Court is null ? "" : $": {p.Court}")}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Procedure in force on {p.FiledOn}{(p.Rules is null ? "" : $": {p.Rules}{(p.VersionFrom is null ? "" : $" (from {p.VersionFrom})")}")}. A checklist, not legal advice: read the rule and the judge's standing orders before filing.");
        md.AppendLine().AppendLine("## Procedure").AppendLine();
        md.AppendLine("| Status | Rule | Requirement | Why | Deadline |").AppendLine("|---|---|---|---|---|");
        // Requirements no filing fact can show (Rule 5.2's exemptions, options and waiver) share one reason: repeated
        // on a row each they made the table twice its length, so they are listed once after it.
        bool PapersOnly(ProcedureLine line) => line.PapersOnly == true;
        foreach (var line in p.Requirements.Where(l => !PapersOnly(l)))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Word(line.Status)} | {Orders.MarkdownOrder.Cell(line.Rule)} | {Orders.MarkdownOrder.Cell(line.Requirement)} | {Orders.MarkdownOrder.Cell(Plain(line.Why))} | {line.Deadline ?? ""} |");
        if (p.Notes.Count > 0)
        {
            md.AppendLine();
            foreach (var note in p.Notes) md.AppendLine(CultureInfo.InvariantCulture, $"- {Plain(note)}");
        }
        // After the notes: two lists in a row would run together as one.
        var papersOnly = p.Requirements.Where(PapersOnly).ToList();
        if (papersOnly.Count > 0)
        {
            md.AppendLine().AppendLine("No filing fact can show these; confirm them in the papers before filing:").AppendLine();
            foreach (var line in papersOnly) md.AppendLine(CultureInfo.InvariantCulture, $"- {line.Rule}: {line.Requirement}");
        }
        if (check.DeclarationChecklist.Count > 0)
        {
            md.AppendLine().AppendLine("## What the declaration must say").AppendLine();
            foreach (var point in check.DeclarationChecklist)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"### {point.Title}").AppendLine();
                foreach (var say in point.MustSay) md.AppendLine(CultureInfo.InvariantCulture, $"- [ ] {MarkdownReport.CureInWords(say, check.Evaluation)}");
                md.AppendLine();
            }
        }
        if (check.DeclarationReview.Count > 0)
        {
            md.AppendLine().AppendLine("## How the declaration reads").AppendLine();
            // The same words read the same way for several items are reviewed once, naming them all.
            foreach (var group in check.DeclarationReview.GroupBy(r => (r.Reading, r.Applied, Words: string.Join("\n", r.CarriedBy))))
            {
                var review = group.First();
                if (group.Count() == 1)
                    md.AppendLine(CultureInfo.InvariantCulture, $"### {review.Title}, reason {review.Harm + 1}: {Words(review.Reading)}").AppendLine();
                else
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"### The same words for {group.Count()} items: {Words(review.Reading)}").AppendLine();
                    md.AppendLine(CultureInfo.InvariantCulture, $"Given for: {string.Join("; ", group.Select(r => $"{r.Title} (reason {r.Harm + 1})"))}.").AppendLine();
                }
                if (review.Applied != review.Reading)
                    md.AppendLine(CultureInfo.InvariantCulture, $"The request marks this showing {Words(review.Applied)}; the words read as {Words(review.Reading)}, and a court reads the words.").AppendLine();
                foreach (var carried in review.CarriedBy) md.AppendLine(CultureInfo.InvariantCulture, $"- {carried}");
                if (review.Track is { GoneBothWays: true } track) md.AppendLine(CultureInfo.InvariantCulture, $"- {track.Sentence}");
                if (review.ToBeSpecific.Count > 0)
                {
                    md.AppendLine().AppendLine("To be read as specific, the declaration would need to:").AppendLine();
                    foreach (var need in review.ToBeSpecific) md.AppendLine(CultureInfo.InvariantCulture, $"- [ ] {need}");
                }
                if (review.ToStandFirmer is { Count: > 0 } firmer)
                {
                    md.AppendLine().AppendLine("To stand on firmer ground:").AppendLine();
                    foreach (var step in firmer) md.AppendLine(CultureInfo.InvariantCulture, $"- [ ] {step}");
                }
                if (review.Like.Count > 0)
                {
                    md.AppendLine().AppendLine("Words courts have judged that read like these:").AppendLine();
                    foreach (var like in review.Like)
                        md.AppendLine(CultureInfo.InvariantCulture, $"- {Model.Phrases.Quoted(like.Text)} ({Words(like.Showing)}): *{like.Cite}*{(like.Differs is { } differs ? ". " + differs : "")}");
                }
                md.AppendLine();
            }
        }
        if (withRuling)
            md.AppendLine().Append(MarkdownReport.Render(check.Evaluation).Replace("\n# ", "\n## ", StringComparison.Ordinal));
        else
            md.AppendLine().AppendLine("The predicted ruling this check rests on is the evaluation's report: `evaluate FILE --format markdown`, or `check FILE --format markdown --with-ruling` to have it here.");
        return md.ToString();
    }

    private static string Words(Model.Showing s) => Model.Phrases.Showing(s);

    private static string Word(Status s) => s switch
    {
        Status.Met => "met",
        Status.Missing => "**missing**",
        Status.Unknown => "unknown",
        _ => "verify",
    };

    /// <summary>
    /// The check's reasons name the request field that would change them (" (`identifiersRedacted` is false)"), which a
    /// program needs and the JSON keeps; a person filing reads the sentence without them.
    /// </summary>
    public static string Plain(string why) => FieldHint().Replace(why, "");

    [GeneratedRegex(@" \(`[^`]+`(?: is false|: `[^`]+`)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex FieldHint();
}
