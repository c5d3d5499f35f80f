using Newtonsoft.Json;
using SealingRules.Model;

namespace SealingRules.Contract;

// The output of contract v1. Property order here is the order in the JSON.

public sealed record SealingResult(EngineInfo Engine, IReadOnlyList<MotionResult> Motions, IReadOnlyList<WarningResult> Warnings)
{
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public CaseResult? Case { get; init; }

    /// <summary>How a report names each piece of information ("the phone number"); not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>How a report names each item: its title, else its id; not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> ItemNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The item each piece of information belongs to; not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> ItemOf { get; init; } = new Dictionary<string, string>();
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

    /// <summary><c>settled</c> where a rule decides the item; <c>discretionary</c> where it rests on a balance courts strike both ways.</summary>
    public Certainty Certainty { get; init; }

    /// <summary>For discretionary items: what the outcome turns on.</summary>
    public IReadOnlyList<string> CloseCalls { get; init; } = [];
}

public enum Certainty { Settled, Discretionary }

public sealed record StepResult(string Rule, string Finding, IReadOnlyList<string> Concerns, IReadOnlyList<CitationResult> Authorities)
{
    /// <summary>For a step about information: <c>secrecy</c> or <c>access</c> (contract 1.x).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public Leans? Leans { get; init; }

    /// <summary>The rules whose findings, leaning the other way, this step answers (contract 1.x); omitted when none.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? PrevailsOver { get; init; }
}

public sealed record CitationResult(string Id, string Cite)
{
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Note { get; init; }
}

public sealed record WarningResult(string Rule, string Message, IReadOnlyList<string> Concerns, IReadOnlyList<CitationResult> Authorities)
{
    /// <summary>On a split question: orders taking the view the engine follows (an addition to the contract).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<CitationResult>? Follows { get; init; }

    /// <summary>On a split question: orders taking the other view (an addition to the contract).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<CitationResult>? OtherView { get; init; }
}
