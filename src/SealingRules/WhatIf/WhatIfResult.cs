using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SealingRules.Model;

namespace SealingRules.WhatIf;

// The what-if's output, contract 1.x ("What-if"). Property order here is the order in the JSON.

/// <summary>For every item of the request: what it gets now, and the smallest changes of fact that would change it.</summary>
public sealed record WhatIfResult(IReadOnlyList<ItemWhatIf> Items);

/// <summary>One item: its outcome now, the changes (toward the relief requested first), and why it did not get it.</summary>
public sealed record ItemWhatIf(string Id, Outcome Outcome, IReadOnlyList<Change> Changes)
{
    /// <summary>The relief the item gets now (an addition to the contract).</summary>
    public Relief Relief { get; init; }

    /// <summary>For an item that did not get its relief: the rules that would have granted it, and what they lacked.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<WhyNot>? WhyNot { get; init; }

    /// <summary>
    /// For an item without its relief that no change within the party's control brings it: that, plainly ("No change
    /// of fact within the party's control wins sealing here."). An addition to the contract.
    /// </summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? WithinReach { get; init; }
}

/// <summary>One change of fact: an RFC 6902 patch on the request as sent, and what the item would then get.</summary>
public sealed record Change(IReadOnlyList<PatchOperation> Patch, Outcome Outcome, string DecidedBy, string Explanation)
{
    /// <summary><c>toward-relief</c> (what it takes to win) or <c>away-from-relief</c> (what could go wrong).</summary>
    public Direction Direction { get; init; }

    /// <summary>The relief the item would then get.</summary>
    public Relief Relief { get; init; }

    /// <summary>The information the item would then have redacted (for a <c>redact</c> outcome).</summary>
    public IReadOnlyList<string> Redact { get; init; } = [];

    /// <summary>The facts the change moves, by the contract's name for them ("harm showing", "relation to the merits").</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>
    /// What the change asks of the party, the sum of its facts' <see cref="Reach"/> (1 ask, 2 a filing, 3 facts in a
    /// declaration, 4 a new reason; 0 a fact nobody controls, only ever what could go wrong). An addition to the contract.
    /// </summary>
    public int Asks { get; init; }
}

/// <summary>Which way a change moves the item.</summary>
public enum Direction
{
    /// <summary>Toward the relief the movant requested: what it takes to win.</summary>
    TowardRelief,
    /// <summary>Away from what the item now gets: what could go wrong.</summary>
    AwayFromRelief,
}

/// <summary>An RFC 6902 operation: <c>add</c>, <c>replace</c> or <c>remove</c>.</summary>
public sealed record PatchOperation(string Op, string Path)
{
    /// <summary>The value to add or replace with; none for <c>remove</c>.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public JToken? Value { get; init; }
}

/// <summary>A rule that would have kept information from the public, and the conditions of it these facts do not meet.</summary>
public sealed record WhyNot(string Rule, string Description, IReadOnlyList<string> Concerns, IReadOnlyList<string> Unmet);
