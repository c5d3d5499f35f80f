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

    /// <summary>Whether the request has a <c>filing</c> section at all.</summary>
    public bool HasFiling { get; init; }
}
