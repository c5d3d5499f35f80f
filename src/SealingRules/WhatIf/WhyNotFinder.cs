using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules.WhatIf;

/// <summary>Placeholder replaced below.</summary>
internal static class WhyNotFinder
{
    public static IReadOnlyList<WhyNot>? For(SealingEngine engine, SealingRequest request, ItemResult item) => null;
}
