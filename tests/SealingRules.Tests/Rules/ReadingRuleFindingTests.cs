using System.Linq.Expressions;
using System.Reflection;
using SealingRules.Model;
using SealingRules.Rules.Particularity;
using Xunit;

namespace SealingRules.Tests.Rules;

/// <summary>
/// Every particularity rule can say its finding for any words it accepts: a finding that quotes a feature the statement
/// lacks was an internal error once (a statement whose only feature was "who are not parties"). Checked for every rule,
/// on no feature, each feature alone and each pair, wherever the rule's own test of the words accepts them.
/// </summary>
public sealed class ReadingRuleFindingTests
{
    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var t in typeof(ReadingRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ReadingRule)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
            data.Add(t.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void TheFinding_IsSaid_ForEveryFeatureTheRuleAccepts(string rule)
    {
        var type = typeof(ReadingRule).Assembly.GetTypes().Single(t => t.Name == rule);
        var instance = Activator.CreateInstance(type)!;
        var flags = BindingFlags.Instance | BindingFlags.NonPublic;
        var words = ((Expression<Func<IEnumerable<StatementFeature>, bool>>)type.GetProperty("Words", flags)!.GetValue(instance)!).Compile();
        var finding = type.GetMethod("Finding", flags)!;

        static StatementFeature Ft(Feature f) => new("s", f, $"the words for {f}");
        var features = Enum.GetValues<Feature>();
        var sets = new List<StatementFeature[]> { Array.Empty<StatementFeature>() };
        sets.AddRange(features.Select(f => new[] { Ft(f) }));
        sets.AddRange(features.SelectMany(f => features.Where(g => g > f).Select(g => new[] { Ft(f), Ft(g) })));
        var accepted = 0;
        foreach (var said in sets.Where(words))
        {
            var text = (string)finding.Invoke(instance, [said])!;
            Assert.False(string.IsNullOrWhiteSpace(text));
            accepted++;
        }
        // Every rule accepts some words of at most two features: none is dead.
        Assert.True(accepted > 0, $"{rule} accepts no statement of up to two features");
    }
}
