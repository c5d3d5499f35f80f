using System.Globalization;
using System.Text;
using SealingRules.Engine;

namespace SealingRules.Reports;

/// <summary>
/// The catalog as a readable page: for each authority, the propositions it is cited for (in the project's
/// words), the pin and how it was confirmed, and the rules that encode each one.
/// </summary>
public static class AuthorityPages
{
    /// <summary>The catalog as data: each authority, its decision date, and each proposition with the rules that rely on it.</summary>
    public static string Json(AuthorityCatalog catalog, RuleBook book) => Contract.Json.Write(catalog.Propositions.GroupBy(p => p.AuthorityId).Select(a => new
    {
        id = a.Key,
        cite = a.First().Template,
        @short = a.First().ShortTemplate,
        decided = a.First().Decided.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        caveat = a.First().Caveat,
        propositions = a.Select(p => new
        {
            id = p.Id, pin = p.Pin, verificationLevel = p.VerificationLevel, source = p.Source, text = p.Text,
            rules = book.Rules.Where(r => r.AllCites.Contains(p.Id)).Select(r => r.Name).Order(StringComparer.Ordinal).ToList(),
        }),
    }));

    /// <summary>The catalog as Markdown, with the rules that encode each proposition.</summary>
    public static string Render(AuthorityCatalog catalog, RuleBook book)
    {
        var md = new StringBuilder();
        md.AppendLine("# Authorities and the rules that encode them");
        md.AppendLine();
        md.AppendLine("Generated from `catalog.json` and the rules' `[Cites]` attributes by `SealingRules.Cli authorities`;");
        md.AppendLine("a test fails when this page is out of date. Only propositions confirmed at the `seed`, `primary` or");
        md.AppendLine("`citing-court` level are in the catalog, and only they are ever printed.");
        foreach (var authority in catalog.Propositions.GroupBy(p => p.AuthorityId))
        {
            var first = authority.First();
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {first.Template.Replace("{pin}", "…", StringComparison.Ordinal)}");
            if (first.ShortTemplate != first.Template)
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Cited after its first citation as *{first.ShortTemplate.Replace("{pin}", "…", StringComparison.Ordinal)}*.");
            if (first.Caveat is { } caveat) md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"*{caveat}*");
            foreach (var p in authority)
            {
                var rules = book.Rules.Where(r => r.AllCites.Contains(p.Id)).Select(r => $"`{r.Name}`").Order(StringComparer.Ordinal).ToList();
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"- **{p.Id}** (at {p.Pin}; {p.VerificationLevel}): {p.Text}");
                md.AppendLine(CultureInfo.InvariantCulture, $"  - Encoded by: {(rules.Count > 0 ? string.Join(", ", rules) : "no rule yet (reference only)")}");
                md.AppendLine(CultureInfo.InvariantCulture, $"  - Confirmed in: {p.Source}");
            }
        }
        return md.ToString();
    }
}
