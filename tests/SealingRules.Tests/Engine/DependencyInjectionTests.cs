using Microsoft.Extensions.DependencyInjection;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddSealingRules_ResolvesAServiceThatEvaluates()
    {
        using var provider = new ServiceCollection().AddSealingRules().BuildServiceProvider();

        var service = provider.GetRequiredService<SealingService>();
        var result = service.Evaluate(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));

        Assert.Equal(4, result.Motions.Count);
        Assert.Same(service.Engine, provider.GetRequiredService<SealingRules.Engine.SealingEngine>());
    }

    [Fact]
    public void AddSealingRules_TakesTheContainersClock()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2015, 6, 1, 8, 0, 0, TimeSpan.Zero)));
        using var provider = services.AddSealingRules().BuildServiceProvider();
        var request = File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")).Replace("\"asOf\": \"2019-11-21\",", "");

        var result = provider.GetRequiredService<SealingService>().Evaluate(request);

        Assert.Equal("2015-06-01", result.Engine.LawAsOf);
    }
}
