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
    // An engine of its own (compiled once for this class, whose cases run one at a time): its events count only
    // these requests' sessions, not those of tests running alongside on the shared engine.
    private static readonly Lazy<SealingEngine> Engine = new(() => new SealingEngine());

    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_NoConclusionIsRedrawn(string slug)
    {
        var request = Shared.Reader.Read(new ExampleCase(slug).RequestJson);
        int updated = 0, fired = 0;
        EventHandler<WorkingMemoryEventArgs> onUpdate = (_, _) => updated++;
        EventHandler<AgendaEventArgs> onFire = (_, _) => fired++;
        Engine.Value.Events.FactUpdatedEvent += onUpdate;
        Engine.Value.Events.RuleFiredEvent += onFire;
        try
        {
            Engine.Value.Evaluate(request);
        }
        finally
        {
            Engine.Value.Events.FactUpdatedEvent -= onUpdate;
            Engine.Value.Events.RuleFiredEvent -= onFire;
        }

        Assert.True(fired > 0);
        Assert.Equal(0, updated);
    }
}
