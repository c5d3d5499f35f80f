using Newtonsoft.Json;
using SealingRules.Contract;

namespace SealingRules.Teaching;

/// <summary>A graded answer (contract 1.x, "Grading"): the score, and every miss with the reason for it.</summary>
public sealed record GradeResult(int Score, int Max, IReadOnlyList<Miss> Misses)
{
    /// <summary>Every field the student answered, right or wrong (an addition to the contract).</summary>
    public IReadOnlyList<Mark> Marks { get; init; } = [];
}

/// <summary>One answered field and whether it was right; <see cref="Target"/> is the motion's or item's id.</summary>
public sealed record Mark(string Target, string Field, bool Right)
{
    /// <summary>"motion" or "item": what <see cref="Target"/> names (an addition to the contract).</summary>
    public string TargetKind { get; init; } = "item";
}

/// <summary>
/// A wrong answer: what was expected, what was given, and the rule and authority that decide it. <see cref="Target"/>
/// is the id itself, as the contract says ("ex-41", "ECF 290").
/// </summary>
public sealed record Miss(
    string Target, string Field, string Expected, string Given, string Rule, IReadOnlyList<CitationResult> Authorities, string Explanation)
{
    /// <summary>"motion" or "item": what <see cref="Target"/> names (an addition to the contract).</summary>
    public string TargetKind { get; init; } = "item";

    /// <summary>True when the student left the question blank (<see cref="Given"/> is then empty). An addition to the contract.</summary>
    [JsonProperty(DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool Unanswered { get; init; }

    /// <summary>Where the what-if finds one: the change of fact under which the student's answer would be right.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? RightIf { get; init; }
}
