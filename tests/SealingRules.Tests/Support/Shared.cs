using SealingRules.Engine;

namespace SealingRules.Tests.Support;

/// <summary>One compiled engine for the whole test run, as in production: compile once, a session per request.</summary>
public static class Shared
{
    private static readonly Lazy<SealingEngine> LazyEngine = new(() => new SealingEngine());

    public static SealingEngine Engine => LazyEngine.Value;

    /// <summary>
    /// The service the example tests read through. Its clock is pinned: an example without <c>asOf</c> is decided
    /// on <see cref="Today"/>, so its snapshot does not change with the day the tests run.
    /// </summary>
    public static SealingService Service { get; } = new(Engine, Reader);

    /// <summary>A request reader whose clock reads <see cref="Today"/>.</summary>
    public static SealingRules.Contract.RequestReader Reader =>
        new(SealingRules.Contract.Limits.Default, new FixedClock(Today));

    /// <summary>The day the example snapshots were taken on.</summary>
    public static DateOnly Today => new(2026, 11, 25);
}
