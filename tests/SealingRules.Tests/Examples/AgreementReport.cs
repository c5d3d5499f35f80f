using SealingRules.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SealingRules.Tests.Examples;

/// <summary>Counts agreement with the courts over the whole case base and prints each difference.</summary>
public sealed class AgreementReport(ITestOutputHelper output)
{
    [Fact]
    public void CaseBase_AgreementIsMeasured()
    {
        int items = 0, differing = 0;
        // The exercises are rulings already in the case base (or variations of them): counted once, as the rulings.
        foreach (var example in ExampleCase.All().Where(e => !e.Slug.StartsWith("exercises/", StringComparison.Ordinal)))
        {
            var diffs = example.Differences(Shared.Service.Evaluate(example.RequestJson));
            items += example.Expected["motions"]!.Sum(m => m["items"]!.Count());
            differing += diffs.Count(d => Disagreements.Key(d).Count(c => c == '/') == 2);
            foreach (var d in diffs) output.WriteLine(d);
        }
        output.WriteLine($"items {items}, items differing {differing}, agreement {(items - differing) * 100.0 / items:F1}%");
        Assert.True(items > 0);
    }
}
