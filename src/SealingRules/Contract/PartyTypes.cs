using Newtonsoft.Json.Linq;
using SealingRules.Model;

namespace SealingRules.Contract;

/// <summary>
/// Whether the party a piece of information concerns is a person or an organization: as the request says
/// (<c>partyType</c>), else as a caption naming only organizations makes it, else unknown. Read the same way by the
/// request reader (the rules) and the what-if (the harms a party could claim), so the two never disagree.
/// </summary>
public static class PartyTypes
{
    /// <summary>The party type of one information node of a request; null unless it is about a party whose type is known.</summary>
    public static PartyType? Of(JObject info)
    {
        // Read defensively: the what-if reads requests it built, and a caption's shape is checked elsewhere.
        if (Text(info["about"]) != "party") return null;
        if (Text(info["partyType"]) is { } given) return given == "organization" ? PartyType.Organization : PartyType.Person;
        return info.Root is JObject root && root["case"] is JObject @case && Caption.NamesOnlyOrganizations(Text(@case["name"]))
            ? PartyType.Organization : null;
    }

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } v ? (string?)v : null;
}
