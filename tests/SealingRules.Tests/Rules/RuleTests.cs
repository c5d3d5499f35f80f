using SealingRules.Engine;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Rules;

public sealed class RuleTests
{
    public static TheoryData<RuleCase> Cases()
    {
        var data = new TheoryData<RuleCase>();
        foreach (var c in RuleCases.All) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fire_Situation_AsExpected(RuleCase c)
    {
        var harness = new RuleHarness(c.Rule).Run(c.Facts);

        if (c.Fires) Assert.NotEmpty(harness.Fired);
        else Assert.Empty(harness.Fired);
    }

    [Fact]
    public void EveryDiscretionaryOrSplitRule_SaysWhatMakesTheCallClose()
    {
        var missing = RuleBook.Load().Rules
            .Where(r => r.Tags.Contains("discretionary") || r.Tags.Contains("split"))
            .Where(r => string.IsNullOrWhiteSpace(r.CloseCall) || r.CloseCall == r.Description)
            .Select(r => r.Name)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void WhereThePublicInterestPrevails_TheBalancingRuleThatStruckTheBalance_SaysWhatWouldTipIt()
    {
        // weighing/public-interest-prevails carries no close call of its own: the balancing rule it reads does.
        var book = RuleBook.Load();
        var weighed = Examples.ExampleCase.All()
            .SelectMany(e => Support.Shared.Service.Evaluate(e.RequestJson).Motions.SelectMany(m => m.Items).Select(i => (e.Slug, Item: i)))
            .Where(x => x.Item.Reasoning.Any(s => s.Rule == "weighing/public-interest-prevails"))
            .ToList();
        Assert.NotEmpty(weighed);
        foreach (var (slug, item) in weighed)
        {
            var balancing = item.Reasoning.Where(s => s.Rule != "weighing/public-interest-prevails" && book[s.Rule].Tags.Intersect(["discretionary", "split"]).Any()).ToList();
            Assert.True(balancing.Count > 0, $"{slug}/{item.Id}: the public interest prevailed with no discretionary rule beneath it");
            Assert.Contains(item.CloseCalls, c => balancing.Any(s => book[s.Rule].CloseCall == c));
        }
    }

    [Fact]
    public void EveryRuleThatGivesAReasonForSecrecy_IsTaggedSo_ForWhyNot()
    {
        var book = RuleBook.Load();
        var untagged = Examples.ExampleCase.All()
            .SelectMany(e => Support.Shared.Service.Evaluate(e.RequestJson).Motions.SelectMany(m => m.Items).SelectMany(i => i.Reasoning))
            .Where(s => s.Leans == Model.Leans.Secrecy && !s.Rule.StartsWith("weighing/", StringComparison.Ordinal) && s.Rule != "rule-5-2/floor")
            .Select(s => s.Rule).Distinct()
            .Where(r => !book[r].Tags.Contains("secrecy"))
            .ToList();

        Assert.Empty(untagged);
    }

    [Fact]
    public void EveryRule_CitesAnAuthority_OrSaysInItsDescriptionWhyItIsStructural()
    {
        var silent = RuleBook.Load().Rules
            .Where(r => r.Cites.Count == 0 && r.SplitFollows.Count == 0)
            .Where(r => !r.Description.StartsWith("Structural, citing nothing: ", StringComparison.Ordinal))
            .Select(r => r.Name)
            .ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void EveryRule_HasAFiringCaseAndANearMiss()
    {
        var cases = RuleCases.All.ToList();
        var missing = RuleBook.RuleTypes
            .Where(t => !cases.Any(c => c.Rule == t && c.Fires) || !cases.Any(c => c.Rule == t && !c.Fires))
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(missing);
    }
}
