using System.Globalization;
using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules.Reports;

/// <summary>One rule as data: where the law is, what it concludes, what it rests on, and the cases that test it.</summary>
public sealed record RuleEntry(
    string Name, string Folder, string Concludes, IReadOnlyList<string> Tags, IReadOnlyList<CitationResult> Authorities,
    IReadOnlyList<string> Fires, IReadOnlyList<string> NearMisses)
{
    /// <summary>What the rule tells a movant to do when its finding goes against it.</summary>
    public string? Cure { get; init; }
    /// <summary>What makes the call close, for a discretionary or split rule.</summary>
    public string? CloseCall { get; init; }
    /// <summary>The first day the rule applies, where the law changed.</summary>
    public string? InForceFrom { get; init; }
    /// <summary>The day the rule stops applying, where the law changed.</summary>
    public string? InForceUntil { get; init; }
    /// <summary>On a split: the orders taking the view the rule follows.</summary>
    public IReadOnlyList<CitationResult>? SplitFollows { get; init; }
    /// <summary>On a split: the orders taking the other view.</summary>
    public IReadOnlyList<CitationResult>? SplitOtherView { get; init; }
    /// <summary>Older statements of the principle, cited where none of the authorities had been decided by the law date.</summary>
    public IReadOnlyList<CitationResult>? Earlier { get; init; }
}

/// <summary>
/// The law as data: every rule with its doctrine folder, what it concludes, its authorities with pins, and the situation
/// that makes it fire and the near miss that does not (from <c>rules/rule-cases.json</c>, which the tests keep in step
/// with the rule tests themselves).
/// </summary>
public static class RulePages
{
    /// <summary>Every rule as data.</summary>
    public static IReadOnlyList<RuleEntry> Entries(AuthorityCatalog catalog, RuleBook book)
    {
        var cases = RuleCasesFile();
        return book.Rules.OrderBy(r => r.Type.Namespace, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r =>
        {
            var c = cases[r.Name] as JObject;
            var citations = SealingEngine.CitationsOf(catalog, r);
            return new RuleEntry(r.Name, r.Type.Namespace!.Split('.').Last(), r.Description, r.Tags, citations.Cites,
                (c?["fires"] as JArray)?.Select(t => (string)t!).ToList() ?? [], (c?["nearMisses"] as JArray)?.Select(t => (string)t!).ToList() ?? [])
            {
                Cure = r.Cure, CloseCall = r.CloseCall, InForceFrom = r.InForceFrom, InForceUntil = r.InForceUntil,
                SplitFollows = citations.Follows.Count > 0 ? citations.Follows : null,
                SplitOtherView = citations.OtherView.Count > 0 ? citations.OtherView : null,
                Earlier = citations.Earlier.Count > 0 ? citations.Earlier : null,
            };
        }).ToList();
    }

    /// <summary>Every rule as JSON.</summary>
    public static string Json(AuthorityCatalog catalog, RuleBook book) => Contract.Json.Write(Entries(catalog, book));

    /// <summary>Every rule as Markdown, by doctrine folder.</summary>
    public static string Markdown(AuthorityCatalog catalog, RuleBook book)
    {
        var md = new StringBuilder("# The rules\n\nEvery rule of the engine, by doctrine folder: what it concludes, the authorities it cites, and the\nsituations its tests put to it (one that makes it fire, one near miss that does not).\n");
        foreach (var folder in Entries(catalog, book).GroupBy(e => e.Folder))
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {folder.Key}");
            foreach (var r in folder)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### `{r.Name}`").AppendLine().AppendLine(r.Concludes).AppendLine();
                if (r.Authorities.Count > 0) md.AppendLine(CultureInfo.InvariantCulture, $"- Authorities: {string.Join("; ", r.Authorities.Select(a => $"*{a.Cite}*"))}");
                if (r.Earlier is { } e) md.AppendLine(CultureInfo.InvariantCulture, $"- Before those were decided: {string.Join("; ", e.Select(a => $"*{a.Cite}*"))}");
                if (r.SplitFollows is { } f) md.AppendLine(CultureInfo.InvariantCulture, $"- The view followed: {string.Join("; ", f.Select(a => $"*{a.Cite}*"))}");
                if (r.SplitOtherView is { } o) md.AppendLine(CultureInfo.InvariantCulture, $"- The other view: {string.Join("; ", o.Select(a => $"*{a.Cite}*"))}");
                if (r.InForceFrom is not null || r.InForceUntil is not null) md.AppendLine(CultureInfo.InvariantCulture, $"- In force: {r.InForceFrom ?? "…"} to {r.InForceUntil ?? "today"}");
                if (r.CloseCall is { } cc) md.AppendLine(CultureInfo.InvariantCulture, $"- What makes it close: {cc}");
                if (r.Cure is { } cure) md.AppendLine(CultureInfo.InvariantCulture, $"- Cure: {cure}");
                md.AppendLine(CultureInfo.InvariantCulture, $"- Fires: {string.Join("; ", r.Fires)}");
                md.AppendLine(CultureInfo.InvariantCulture, $"- Near miss: {string.Join("; ", r.NearMisses)}");
            }
        }
        return md.ToString();
    }

    private static JObject RuleCasesFile()
    {
        using var stream = typeof(Rules.RuleSet).Assembly.GetManifestResourceStream("SealingRules.Rules.rule-cases.json");
        if (stream is null) return new JObject();
        using var reader = new StreamReader(stream);
        return (JObject?)JObject.Parse(reader.ReadToEnd())["rules"] ?? new JObject();
    }
}
