using SealingRules.Model;

namespace SealingRules.Rules;

/// <summary>
/// Who makes a showing, as a finding names it: the movant, or, where the material is another's and that party speaks
/// for it (Civil L.R. 79-5(f) and its like), the designating party, whose harm and whose burden it is.
/// </summary>
internal static class Claimant
{
    /// <summary>"the movant" or "the designating party".</summary>
    public static string Of(HarmClaim claim) => claim.OfferedBy == OfferedBy.DesignatingParty ? "the designating party" : "the movant";

    /// <summary>
    /// Who relies on a ground for an item: the movant for its own material; for another's material, "the party seeking
    /// sealing", since the request does not say whether the filer or the designating party offered the ground.
    /// </summary>
    public static string ForItem(Item item) => item.DesignatedBy == Designator.Movant ? "the movant" : "the party seeking sealing";

    /// <summary>
    /// How the showing was made, as a finding says it: "shows with specific facts", or, where the words were read as
    /// specific on what the information is alone, "shows from the nature of the information".
    /// </summary>
    public static string Shows(HarmClaim claim) => claim.CarriedByKind ? "shows from the nature of the information" : "shows with specific facts";

    /// <summary>The same in the perfect: "has shown with specific facts".</summary>
    public static string Shown(HarmClaim claim) => claim.CarriedByKind ? "has shown from the nature of the information" : "has shown with specific facts";

    /// <summary>The same, opening a sentence.</summary>
    public static string Cap(HarmClaim claim) => claim.OfferedBy == OfferedBy.DesignatingParty ? "The designating party" : "The movant";
}
