using Newtonsoft.Json.Linq;
using SealingRules.Engine;

namespace SealingRules.Web;

/// <summary>
/// The catalog's confirmed propositions by id, with their authority, pin and citation template, so the page can cite
/// as the reports do (CiteForms): the pins of one authority in one sentence joined into one citation. Answered once, from
/// the catalog the engine loads; nothing in it comes from a request.
/// </summary>
internal static class Citations
{
    private static readonly Lazy<string> Json = new(() =>
    {
        var all = new JObject();
        foreach (var p in AuthorityCatalog.Load().Propositions.Where(p => p.Confirmed))
            all[p.Id] = new JObject { ["authority"] = p.AuthorityId, ["pin"] = p.Pin, ["template"] = p.Template };
        return all.ToString(Newtonsoft.Json.Formatting.None);
    });

    /// <summary>The propositions as one JSON object: <c>{ "&lt;id&gt;": { "authority", "pin", "template" } }</c>.</summary>
    public static string ToJson() => Json.Value;
}
