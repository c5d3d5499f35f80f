using Newtonsoft.Json.Linq;
using SealingRules.Engine;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Rules;

/// <summary>
/// rules/rule-cases.json, which the `rules` command prints, is the rule tests' own situations: a test fails when it is
/// out of date (set SEALINGRULES_WRITE_RULE_CASES=1 and run this test to write it).
/// </summary>
public sealed class RuleCasesFileTests
{
    private static string Expected()
    {
        var book = RuleBook.Load();
        var rules = new JObject();
        foreach (var group in RuleCases.All.GroupBy(c => c.Rule).OrderBy(g => g.Key.FullName, StringComparer.Ordinal))
        {
            var name = book.Rules.Single(r => r.Type == group.Key).Name;
            rules[name] = new JObject
            {
                ["fires"] = new JArray(group.Where(c => c.Fires).Select(c => c.Name)),
                ["nearMisses"] = new JArray(group.Where(c => !c.Fires).Select(c => c.Name)),
            };
        }
        return new JObject { ["about"] = "Generated from tests/SealingRules.Tests/Rules/RuleCases.cs: for each rule, the situations its tests make it fire on and the near misses it must not fire on.", ["rules"] = rules }.ToString() + "\n";
    }

    [Fact]
    public void RuleCasesFile_IsUpToDate()
    {
        var path = Path.Combine(Repo.Root, "rules", "rule-cases.json");
        var expected = Expected();
        if (Environment.GetEnvironmentVariable("SEALINGRULES_WRITE_RULE_CASES") == "1") File.WriteAllText(path, expected);

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "rules/rule-cases.json is out of date: run this test with SEALINGRULES_WRITE_RULE_CASES=1");
    }

    [Fact]
    public void TheRulesCommand_ListsEveryRuleClass_WithItsAuthoritiesAndCases()
    {
        var entries = RulePages.Entries(Shared.Engine.Catalog, Shared.Engine.Book);

        Assert.Equal(RuleBook.RuleTypes.Count, entries.Count);
        Assert.All(entries, e => Assert.NotEmpty(e.Fires));
        Assert.All(entries, e => Assert.NotEmpty(e.NearMisses));
        Assert.Contains(entries, e => e.Name == "officials/phone-numbers" && e.Folder == "PublicOfficials" && e.Authorities.Any(a => a.Cite.Contains("Dobronski", StringComparison.Ordinal)));
        Assert.Contains("## PublicOfficials", RulePages.Markdown(Shared.Engine.Catalog, Shared.Engine.Book));
    }
}
