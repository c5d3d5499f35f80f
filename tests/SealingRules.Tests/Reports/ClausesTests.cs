using SealingRules.Model;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>Reasons listed in one sentence: where one has a comma of its own, semicolons show where each ends.</summary>
public sealed class ClausesTests
{
    [Theory]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a and b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b and c")]
    [InlineData(new[] { "a broad allegation, not a showing", "b" }, "a broad allegation, not a showing; and b")]
    [InlineData(new[] { "a", "b, as shown", "c" }, "a; b, as shown; and c")]
    public void Clauses_AreJoinedWithSemicolons_OnlyWhereOneHasACommaOfItsOwn(string[] parts, string expected)
        => Assert.Equal(expected, Phrases.Clauses(parts));

    [Fact]
    public void TheWeighing_ListsTwoGoodCauseShowings_SoEachCanBeTold()
    {
        // Bell v. Home Depot: security procedures withheld for two reasons, once read "…, which is good cause and the
        // movant makes …, which is good cause, the presumption…", then "… is good cause and … is good cause"; the
        // shared predicate is said once.
        var result = Support.Shared.Service.Evaluate(File.ReadAllText(Path.Combine(Support.Repo.Root, "examples", "bell-home-depot-2015-granted", "request.json")));
        var weighing = result.Motions.SelectMany(m => m.Items).SelectMany(i => i.Reasoning).First(s => s.Rule == "weighing/sufficient-reason");

        Assert.StartsWith("Because the movant's particularized showing of exposure of a security vulnerability and the movant's particularized showing of harm to personal safety are good cause, the presumption", weighing.Finding, StringComparison.Ordinal);
    }

    // A filer's name for a part reads after a verb: an article where it is a noun phrase, none where it is a clause.
    [Theory]
    [InlineData("price table", "the price table")]
    [InlineData("The customer list", "the customer list")]
    [InlineData("Schedule B", "Schedule B")]
    [InlineData("Acme's margins", "Acme's margins")]
    [InlineData("how much Bitcasa pays to rent servers", "how much Bitcasa pays to rent servers")]
    [InlineData("What the board decided", "what the board decided")]
    public void APartsName_ReadsAfterAVerb(string label, string expected)
        => Assert.Equal(expected, Phrases.Portion(label));
}
