using Newtonsoft.Json.Linq;

namespace SealingRules.WhatIf;

/// <summary>
/// The request narrowed to what the court would grant: for an item that gets only part of what it asked, ask to redact
/// only the information the court would withhold and drop the rest from the request (and from the reasons that named
/// it); where the court would withhold every part described but not the rest of the document, ask to redact them rather
/// than to seal the whole. It is the cheapest advice there is (<see cref="Reach.AskOnly"/>): nothing new to show, only less to ask, and it
/// answers the courts that deny a whole-document request outright rather than tailor it themselves.
/// </summary>
internal static class Narrowing
{
    /// <summary>The patch on the request as sent, or null where narrowing cannot be stated (another item refers to a part dropped).</summary>
    public static Candidate? For(JObject root, int m, JObject item, int i, IReadOnlySet<string> withheld)
    {
        var ip = $"/motions/{m}/items/{i}";
        var infos = ((JArray)item["information"]!).Cast<JObject>().ToList();
        var dropped = infos.Select((n, k) => (Id: (string)n["id"]!, K: k)).Where(x => !withheld.Contains(x.Id)).ToList();
        // Every part described is withheld: narrowing is still to ask to redact them rather than to seal a document whose
        // rest is not confidential; a request to redact them has nothing left to narrow.
        if (dropped.Count == infos.Count || (dropped.Count == 0 && (string?)item["request"] != "seal")) return null;
        var droppedIds = dropped.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // A brief quoting a dropped part would point at nothing: the party would narrow that brief's request as well.
        var referred = root.SelectTokens("motions[*].items[*].refersTo[*]").Select(t => (string?)t);
        if (referred.Any(r => r is not null && droppedIds.Contains(r))) return null;

        var ops = new List<PatchOperation>();
        if ((string?)item["request"] == "seal")
            ops.Add(new("replace", $"{ip}/request") { Value = "redact" });
        // Reasons that named a dropped part keep only the parts still asked for; a reason left with none goes. Removed
        // from the last, so each path still points where it did.
        var harms = (item["harms"] as JArray ?? []).Cast<JObject>().ToList();
        for (var h = harms.Count - 1; h >= 0; h--)
        {
            if (harms[h]["information"] is not JArray named) continue;
            var kept = named.Select(n => (string)n!).Where(n => !droppedIds.Contains(n)).ToList();
            if (kept.Count == named.Count) continue;
            ops.Add(kept.Count == 0
                ? new PatchOperation("remove", $"{ip}/harms/{h}")
                : new PatchOperation("replace", $"{ip}/harms/{h}/information") { Value = new JArray(kept) });
        }
        foreach (var (_, k) in dropped.OrderByDescending(d => d.K))
            ops.Add(new("remove", $"{ip}/information/{k}"));
        return new Candidate("request", ip, ops, "") { Asks = Reach.AskOnly };
    }

    /// <summary>The change in words: what to ask for instead, and what the court would then order.</summary>
    public static string Explain(bool wasSeal, string kept, string droppedParts, string itemName, string why)
        => (wasSeal
                ? $"If the movant asked only to redact {kept} rather than to seal the whole document{(droppedParts.Length > 0 ? $", leaving {droppedParts} public" : "")}, "
                : $"If the movant asked to redact only {kept}, and not {droppedParts}, ")
            + $"{itemName} would be filed publicly with {kept} redacted, as asked: {why}.";
}
