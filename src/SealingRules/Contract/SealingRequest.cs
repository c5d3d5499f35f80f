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
    IReadOnlyList<HarmClaim> Harms);
