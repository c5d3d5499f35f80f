using Newtonsoft.Json;
using SealingRules.Model;

namespace SealingRules.Contract;

// The output of contract v1. Property order here is the order in the JSON.

public sealed record SealingResult(EngineInfo Engine, IReadOnlyList<MotionResult> Motions, IReadOnlyList<WarningResult> Warnings)
{
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public CaseResult? Case { get; init; }
}

public sealed record EngineInfo(string Name, string Version, string RulesVersion, string LawAsOf)
{
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Court { get; init; }
}

public sealed record CaseResult(
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Name,
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Number);

public sealed record MotionResult(
    string Id, Standard Standard, Disposition Disposition, bool WithoutPrejudice,
    IReadOnlyList<StepResult> Reasoning, IReadOnlyList<ItemResult> Items);

public sealed record ItemResult(
    string Id, Standard Standard, Outcome Outcome, Relief Relief,
    IReadOnlyList<string> Redact, IReadOnlyList<string> Disclose,
    IReadOnlyList<StepResult> Reasoning, IReadOnlyList<string> Cures)
{
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Title { get; init; }
}

public sealed record StepResult(string Rule, string Finding, IReadOnlyList<string> Concerns, IReadOnlyList<CitationResult> Authorities);

public sealed record CitationResult(string Id, string Cite)
{
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Note { get; init; }
}

public sealed record WarningResult(string Rule, string Message, IReadOnlyList<string> Concerns, IReadOnlyList<CitationResult> Authorities);
