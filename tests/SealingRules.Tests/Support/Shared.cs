using SealingRules.Engine;

namespace SealingRules.Tests.Support;

/// <summary>One compiled engine for the whole test run, as in production: compile once, a session per request.</summary>
public static class Shared
{
    private static readonly Lazy<SealingEngine> LazyEngine = new(() => new SealingEngine());

    public static SealingEngine Engine => LazyEngine.Value;

    public static SealingService Service { get; } = new(Engine, new SealingRules.Contract.RequestReader());
}
