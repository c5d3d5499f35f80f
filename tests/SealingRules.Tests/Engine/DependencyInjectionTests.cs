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
}
