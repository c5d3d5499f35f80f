using System.Globalization;
using System.Text;
using SealingRules.Model;
using SealingRules.Teaching;

namespace SealingRules.Reports;

/// <summary>A graded answer as a page a student reads: the score, then each miss with its reason and its authority.</summary>
public static class GradeReport
{
    /// <summary>The grades of one or more answers files as Markdown.</summary>
    public static string Render(string exercise, IEnumerable<(string Student, GradeResult Result)> graded)
        => Render(exercise, graded, []);

    /// <summary>
    /// The same, with the files that could not be graded (a malformed file is refused whole): each keeps its row in the
    /// class table with why, so no student drops out of the class unseen.
    /// </summary>
    public static string Render(string exercise, IEnumerable<(string Student, GradeResult Result)> graded, IReadOnlyList<(string Student, string Why)> refused)
    {
        var md = new StringBuilder();
        var all = graded.ToList();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Grades: {exercise}");
        if (all.Count + refused.Count > 1)
        {
            md.AppendLine().AppendLine("| answers | score |").AppendLine("|---|---|");
            foreach (var (student, result) in all) md.AppendLine(CultureInfo.InvariantCulture, $"| {student} | {result.Score} of {result.Max} |");
            foreach (var (student, why) in refused) md.AppendLine(CultureInfo.InvariantCulture, $"| {student} | not graded: {why} |");
            ByQuestion(md, all);
        }
        // One file, refused: said in words, where a student reads the grade, as well as on stderr for a program.
        else if (refused is [var (file, reason)])
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {file}: not graded").AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"The answers could not be read: {reason}. Correct it and grade again; nothing in a file that cannot be read is marked.");
        foreach (var (student, result) in all)
        {
            // Each student's section cites as one document does: in full once, then short, one authority's pins joined.
            var forms = new CiteForms();
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {student}: {result.Score} of {result.Max}");
            if (result.Misses.Count == 0) { md.AppendLine().AppendLine("Every answer is right."); continue; }
            md.AppendLine();
            // A reason already given in full for an earlier miss is pointed to, not repeated (the JSON keeps each in full):
            // ten email exhibits missed alike once printed the same paragraph ten times.
            var toldFor = new Dictionary<string, string>(StringComparer.Ordinal);
            var counterfactuals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var miss in result.Misses)
            {
                // A paragraph the student wrote is graded by its reading: it is not "answered" a value, it reads as one.
                var written = miss.Field.StartsWith("statements", StringComparison.Ordinal);
                // "none" is the contract's value for words that show no reason at all: said so, not as a label.
                var given = miss.Unanswered ? "not answered"
                    : written ? miss.Given == "none" ? "your paragraph shows no reason at all" : $"your paragraph reads as *{Shown(miss.Given)}*"
                    : miss.Field == "redact" && miss.Given.Length == 0 && OutcomeGiven(result, miss) is { } outcome
                        ? $"you answered *{(outcome == "seal" ? "the whole document sealed" : "the document filed publicly")}*, so nothing redacted"
                        : $"you answered *{Shown(miss.Given, miss.Field)}*";
                var expected = written ? $"it needs to read as *{Shown(miss.Expected)}*" : $"the answer is *{Shown(miss.Expected, miss.Field)}*";
                md.AppendLine(CultureInfo.InvariantCulture, $"- **{miss.TargetKind} {miss.Target}, {Question(miss.Field)}**: {given}; {expected}.");
                var repeated = miss.Explanation.Length > 0 && toldFor.ContainsKey(miss.Explanation);
                if (repeated) md.AppendLine(CultureInfo.InvariantCulture, $"  The reason is the one given for {toldFor[miss.Explanation]} above.");
                else if (miss.Explanation.Length > 0)
                {
                    toldFor[miss.Explanation] = $"{miss.TargetKind} {miss.Target}";
                    md.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Explanation}");
                }
                if (miss.Authorities.Count > 0 && !repeated) md.AppendLine(CultureInfo.InvariantCulture, $"  {string.Join("; ", forms.Of(miss.Authorities.Select(a => a.Cite)).Select(c => $"*{c}*"))}.");
                if (miss.RightIf is { } rightIf && counterfactuals.Add(rightIf))
                    md.Append(written && !miss.Unanswered ? "  What it still needs: "
                        : rightIf.StartsWith("Your answer would be right", StringComparison.Ordinal) ? "  " : "  Your answer would be right on other facts: ")
                        .AppendLine(rightIf.StartsWith("Your answer would be right", StringComparison.Ordinal) ? rightIf : Phrases.AfterColon(rightIf));
            }
        }
        return md.ToString();
    }

    // What a teacher plans the next class from: each question the class missed, by how many missed it and how many left
    // it blank, the most missed first (the answer key's order breaks ties).
    private static void ByQuestion(StringBuilder md, List<(string Student, GradeResult Result)> all)
    {
        var missed = all.SelectMany(a => a.Result.Misses.Select((m, order) => (Key: $"{m.TargetKind} {m.Target}, {Question(m.Field)}", m.Unanswered, order)))
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => (Question: g.Key, Missed: g.Count(), Blank: g.Count(m => m.Unanswered), First: g.Min(m => m.order)))
            .OrderByDescending(q => q.Missed).ThenBy(q => q.First).ToList();
        if (missed.Count == 0) return;
        md.AppendLine().AppendLine("| question | missed by | of them left blank |").AppendLine("|---|---|---|");
        foreach (var q in missed) md.AppendLine(CultureInfo.InvariantCulture, $"| {q.Question} | {q.Missed} of {all.Count} | {q.Blank} |");
    }

    // A redaction missed because the student chose another outcome for the item is said as that outcome: sealing the
    // whole document is not "nothing redacted" to the student who chose it.
    private static string? OutcomeGiven(GradeResult result, Miss miss)
        => result.Misses.FirstOrDefault(m => m.Target == miss.Target && m.Field == "outcome" && !m.Unanswered)?.Given is { Length: > 0 } given ? given : null;

    // The answer file's field as the question a student was asked (the JSON keeps the field's name).
    private static string Question(string field) => field switch
    {
        "withoutPrejudice" => "without prejudice",
        "redact" => "what is redacted",
        _ when field.StartsWith("statements[", StringComparison.Ordinal) => "the declaration paragraph" + (field == "statements[0]" ? "" : $" for harm {field[11..^1]}"),
        _ when field.StartsWith("showings[", StringComparison.Ordinal) => "how particular the showing is" + (field == "showings[0]" ? "" : $" (harm {field[9..^1]})"),
        _ => field,
    };

    private static string Shown(string value, string field = "") => (value, field) switch
    {
        ("", "withoutPrejudice") => "granted, so nothing to renew",
        ("", _) => "nothing redacted",
        ("true", "withoutPrejudice") => "yes, without prejudice",
        ("false", "withoutPrejudice") => "no, with prejudice",
        // Information ids as the student typed them and the case file lists them ("ex-pi-41-emails").
        (_, "redact") => value,
        _ => value.Replace('-', ' '),
    };
}
