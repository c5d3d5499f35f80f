using SealingRules.Model;

namespace SealingRules.Contract;

/// <summary>A validated request: the facts the engine reasons from, in the order the request gave them.</summary>
public sealed record SealingRequest(
    string? Court,
    DateOnly AsOf,
    string? CaseName,
    string? CaseNumber,
    IReadOnlyList<Motion> Motions,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Information> Information,
    IReadOnlyList<HarmClaim> Harms)
{
    /// <summary>The filing facts (contract 1.x); <see cref="Contract.Filing.None"/> when the request gives none.</summary>
    public Filing Filing { get; init; } = Filing.None;

    /// <summary>The judge the case is assigned to, as the request names them (free text), or null.</summary>
    public string? CaseJudge { get; init; }

    /// <summary>Whether the request has a <c>filing</c> section at all.</summary>
    public bool HasFiling { get; init; }

    /// <summary>
    /// Every harm as the request states it, item by item in request order: the showing given, the movant's words. A
    /// harm with words and no showing has no <see cref="HarmClaim"/> until the words are read (see <see cref="Engine.SealingEngine"/>).
    /// </summary>
    public IReadOnlyList<StatedHarm> StatedHarms { get; init; } = [];
}

/// <summary>One harm as the request states it.</summary>
/// <param name="ItemId">The item it is stated for.</param>
/// <param name="Index">Its 0-based place in the item's <c>harms</c>.</param>
/// <param name="Kind">The harm claimed.</param>
/// <param name="Given">The showing the request gives, if any.</param>
/// <param name="Statement">The movant's own words, if given.</param>
/// <param name="InformationIds">The information it concerns.</param>
/// <param name="Evidence">What supports it.</param>
/// <param name="OfferedBy">Who makes the showing.</param>
public sealed record StatedHarm(
    string ItemId, int Index, HarmKind Kind, Showing? Given, string? Statement, IReadOnlyList<string> InformationIds,
    Evidence? Evidence, OfferedBy OfferedBy)
{
    /// <summary>The statement's id for the particularity rules: the item's id and the harm's place.</summary>
    public string StatementId => $"{ItemId}#harms[{Index}]";

    /// <summary>The claims this harm makes, one per piece of information, with the showing applied.</summary>
    public IEnumerable<HarmClaim> Claims(Showing applied)
        => InformationIds.Select(id => new HarmClaim(id, ItemId, Kind, applied, Evidence, OfferedBy));
}
