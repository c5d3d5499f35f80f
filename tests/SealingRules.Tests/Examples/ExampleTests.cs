using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Examples;

/// <summary>
/// Every example is a test: the engine must reach the court's outcome, item by item, unless the difference is
/// listed with its reason in examples/DISAGREEMENTS.md (and a listed difference that has gone away must be removed).
/// </summary>
public sealed class ExampleTests
{
    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var e in ExampleCase.All()) data.Add(e.Slug);
        return data;
    }

    private static readonly Lazy<HashSet<string>> Listed = new(() => Disagreements.Load());

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Example_MatchesTheCourt(string slug)
    {
        var example = new ExampleCase(slug);

        var diffs = example.Differences(Shared.Service.Evaluate(example.RequestJson));

        var unlisted = diffs.Where(d => !Listed.Value.Contains(Disagreements.Key(d))).ToList();
        Assert.Empty(unlisted);
        var stale = Listed.Value.Where(k => k.StartsWith(slug + "/", StringComparison.Ordinal))
            .Where(k => !diffs.Any(d => Disagreements.Key(d) == k)).ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public void Seed_IsReproducedWithoutAnyListedDisagreement()
    {
        var seed = new ExampleCase("al-otro-lado-2019");

        Assert.Empty(seed.Differences(Shared.Service.Evaluate(seed.RequestJson)));
        Assert.Equal(16, seed.Expected["motions"]!.Sum(m => m["items"]!.Count()));
    }
}
