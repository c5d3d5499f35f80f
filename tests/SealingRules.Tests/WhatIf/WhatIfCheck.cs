using Microsoft.AspNetCore.JsonPatch;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using SealingRules.WhatIf;

namespace SealingRules.Tests.WhatIf;

/// <summary>
/// Holds a what-if to its word: every change, applied to the request as sent with an independent RFC 6902
/// implementation, is a valid request that evaluates to the claimed outcome and relief; and dropping any one of its
/// operations loses them (a request the rest leaves invalid loses them too: it is not a request a court could rule on).
/// </summary>
public static class WhatIfCheck
{
    public static List<string> Problems(string requestJson, WhatIfResult whatIf)
    {
        var problems = new List<string>();
        var root = JObject.Parse(requestJson);
        foreach (var item in whatIf.Items)
            foreach (var change in item.Changes)
            {
                var where = $"{item.Id}: {string.Join(" + ", change.Patch.Select(p => p.Path))}";
                var claimed = (change.Outcome, Set(change.Outcome, change.Redact), change.Relief);
                var got = OutcomeOf(Apply(root, change.Patch), item.Id);
                if (got != claimed) problems.Add($"{where} gives {got.Item1} [{got.Item2}] ({got.Item3}), not the claimed {claimed.Item1} [{claimed.Item2}] ({claimed.Item3})");
                for (var drop = 0; drop < change.Patch.Count; drop++)
                {
                    var rest = change.Patch.Where((_, k) => k != drop).ToList();
                    if (OutcomeOf(Apply(root, rest), item.Id) == claimed) problems.Add($"{where} is not minimal: it holds without {change.Patch[drop].Path}");
                }
                // Words added to a reason are words for its harm: never paired with another harm claimed instead. A new
                // reason in words (the harm and the words that show it, set together) adds the words for that harm.
                if (change.Patch.Where(p => p.Path.EndsWith("/statement", StringComparison.Ordinal)).Any(w =>
                        change.Patch.FirstOrDefault(p => p.Path == w.Path[..^"statement".Length] + "kind") is { } kind && !WordsFor(root, w, (string)kind.Value!)))
                    problems.Add($"{where} adds words for one harm while claiming another");
                if (string.IsNullOrWhiteSpace(change.Explanation) || !change.Explanation.StartsWith("If ", StringComparison.Ordinal))
                    problems.Add($"{where} has no explanation a student can read");
            }
        return problems;
    }

    // Whether the words a change adds to a reason are the words for the harm it claims, for the information the reason concerns.
    private static bool WordsFor(JObject root, PatchOperation words, string harm)
    {
        var harmPath = words.Path[..^"/statement".Length];
        var reason = (JObject)root.SelectToken(Pointer(harmPath))!;
        var item = (JObject)root.SelectToken(Pointer(harmPath[..harmPath.IndexOf("/harms", StringComparison.Ordinal)]))!;
        var infos = ((JArray)item["information"]!).Cast<JObject>().ToList();
        var carried = reason["information"] is JArray refs ? infos.Where(n => refs.Any(r => (string?)r == (string?)n["id"])).ToList() : infos;
        var added = ((string)words.Value!)[((string)reason["statement"]!).TrimEnd().Length..].Trim();
        return added == Candidates.Addition(Enum.GetValues<HarmKind>().First(k => Kebab.Of(k) == harm), carried);
    }

    private static string Pointer(string pointer) => string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => int.TryParse(p, out var n) ? $"[{n}]" : $".{p}")).TrimStart('.');

    private static string Apply(JObject root, IEnumerable<PatchOperation> patch)
    {
        var document = (JObject)root.DeepClone();
        var json = JsonConvert.SerializeObject(patch.Select(p => new { op = p.Op, path = p.Path, value = p.Value }));
        JsonConvert.DeserializeObject<JsonPatchDocument>(json)!.ApplyTo(document);
        return document.ToString();
    }

    private static (Outcome?, string, Relief?) OutcomeOf(string json, string itemId)
    {
        try
        {
            var item = Shared.Service.Evaluate(json).Motions.SelectMany(m => m.Items).Single(i => i.Id == itemId);
            return (item.Outcome, Set(item.Outcome, item.Redact), item.Relief);
        }
        catch (ContractException e)
        {
            return (null, "invalid: " + e.Message, null);
        }
    }

    private static string Set(Outcome outcome, IEnumerable<string> redact)
        => outcome == Outcome.Redact ? string.Join(",", redact.Order(StringComparer.Ordinal)) : "";
}
