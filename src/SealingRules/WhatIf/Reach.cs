namespace SealingRules.WhatIf;

/// <summary>
/// How much a change of fact asks of the party, the order the what-if ranks its advice in (docs/what-if.md). A pair
/// asks the sum of its two. Facts no party controls (the relation to the merits, what is already public, the public's
/// interest, the court's own reading, Rule 5.2's exemptions and waivers, whether a matter is at issue) ask nothing
/// because they cannot be asked for: they are shown only as what could go wrong, never as advice.
/// </summary>
public static class Reach
{
    /// <summary>A fact no party controls.</summary>
    public const int Nobody = 0;

    /// <summary>Only to ask: lodge the documents with the court.</summary>
    public const int AskOnly = 1;

    /// <summary>A filing someone must make: a declaration instead of argument, or the designating party's own showing.</summary>
    public const int Filing = 2;

    /// <summary>Facts the declarant must truly have: specific facts tied to the information, more than a designation.</summary>
    public const int Facts = 3;

    /// <summary>A different reason altogether, among those the information could carry, with its own facts.</summary>
    public const int NewReason = 4;

    /// <summary>
    /// The plain answer for an item no change within the party's control brings the relief it asked for; where a
    /// narrower request wins (<see cref="Narrowing"/>), it says that what nothing wins is the whole of what was asked.
    /// </summary>
    public static string NoneWithin(Model.RequestKind requested, bool narrowerWins = false) => (requested, narrowerWins) switch
    {
        (Model.RequestKind.Seal, false) => "No change of fact within the party's control wins sealing here.",
        (Model.RequestKind.Seal, true) => "No change of fact within the party's control wins sealing the whole document here; the narrowed request does.",
        (_, false) => "No change of fact within the party's control wins the redactions requested here.",
        _ => "No change of fact within the party's control wins all the redactions requested here; the narrowed request does.",
    };
}
