using NRules.Diagnostics;
using SealingRules.Engine;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>
/// The rules fire in the order a court takes the questions (<see cref="SealingRules.Rules.Stratum"/>): no conclusion
/// is drawn and then redrawn because a reason it rests on arrived late.
/// </summary>
public sealed class StratumTests
{
    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_NoConclusionIsRedrawn(string slug)
    {
        // An engine of its own: the counts are of this request's sessions alone.
        var engine = new SealingEngine();
        var request = Shared.Reader.Read(new ExampleCase(slug).RequestJson);
        int updated = 0, fired = 0;
        engine.Events.FactUpdatedEvent += (_, _) => updated++;
        engine.Events.RuleFiredEvent += (_, _) => fired++;

        engine.Evaluate(request);

        Assert.True(fired > 0);
        Assert.Equal(0, updated);
    }
}
