namespace SealingRules.Model;

/// <summary>
/// One step of reasoning: which rule drew a conclusion, what it found, and which pieces of information it
/// concerns. The authorities a step rests on are those the rule itself cites (its <see cref="CitesAttribute"/>),
/// so the trace can only name law that a rule which actually fired encodes.
/// </summary>
public sealed record Step(string Rule, string Finding, IReadOnlyList<string> Concerns)
{
    public static Step Of(string rule, string finding, params string[] concerns) => new(rule, finding, concerns);

    /// <summary>For a step about information: whether it is a reason to keep it from the public or a reason it stays public.</summary>
    public Leans? Leans { get; init; }

    /// <summary>The rules whose findings, leaning the other way, this step answers and prevails over.</summary>
    public IReadOnlyList<string> PrevailsOver { get; init; } = [];
}

/// <summary>Which way a step about information pushes.</summary>
public enum Leans { Secrecy, Access }

/// <summary>The catalog propositions (ids in rules/authorities/catalog.json) a rule encodes.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CitesAttribute(params string[] propositions) : Attribute
{
    public IReadOnlyList<string> Propositions { get; } = propositions;

    /// <summary>
    /// Older statements of the same principle, cited only where none of <see cref="Propositions"/> had been decided by
    /// the law date: a 2010 request gets the law of 2010, and a later one keeps the cites its courts give.
    /// </summary>
    public string[] Earlier { get; init; } = [];
}

/// <summary>
/// A question on which district courts divide: the catalog propositions for the view the rule follows, and for the
/// other view. The rule's warning names both, so a user can see the choice and argue the other side.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SplitAttribute : Attribute
{
    public string[] Follows { get; init; } = [];
    public string[] OtherView { get; init; } = [];
}

/// <summary>What a rule tells a movant to do when its finding goes against it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CureAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>
/// For a discretionary or split rule: what makes the call close, in words a reader can act on (the split, or the fact
/// that would tip it), printed with any item whose reasoning the rule is part of.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CloseCallAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>The dates between which the law a rule encodes applies (inclusive from, exclusive until).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class InForceAttribute : Attribute
{
    public string? From { get; init; }
    public string? Until { get; init; }
}
