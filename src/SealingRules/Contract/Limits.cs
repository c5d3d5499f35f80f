namespace SealingRules.Contract;

/// <summary>Bounds on a request, so that no input can exhaust memory or time.</summary>
public sealed record Limits
{
    /// <summary>The limits every reader uses unless given others.</summary>
    public static readonly Limits Default = new();

    /// <summary>Largest request accepted, in characters.</summary>
    public int MaxRequestChars { get; init; } = 8 * 1024 * 1024;
    /// <summary>Deepest JSON nesting accepted (the contract needs 7).</summary>
    public int MaxDepth { get; init; } = 16;
    /// <summary>Most motions in one request.</summary>
    public int MaxMotions { get; init; } = 1_000;
    /// <summary>Most items in one request.</summary>
    public int MaxItems { get; init; } = 20_000;
    /// <summary>Most pieces of information in one request.</summary>
    public int MaxInformation { get; init; } = 100_000;
    /// <summary>Longest string value accepted, in characters.</summary>
    public int MaxStringLength { get; init; } = 10_000;
}
