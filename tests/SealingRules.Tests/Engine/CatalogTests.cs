using SealingRules.Engine;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>A wrong citation is the worst bug: every cited proposition must be in the catalog and confirmed.</summary>
public sealed class CatalogTests
{
    private static readonly AuthorityCatalog Catalog = AuthorityCatalog.Load();

    [Fact]
    public void EveryRuleCitation_IsAConfirmedCatalogEntryWithAPin()
    {
        var problems = RuleBook.Load().Rules
            .SelectMany(r => r.AllCites.Select(id => (Rule: r.Name, Id: id, P: Catalog.Find(id))))
            .Where(c => c.P is null || !c.P.Confirmed || string.IsNullOrWhiteSpace(c.P.Pin) || c.P.Cite.Contains("{pin}"))
            .Select(c => $"{c.Rule} cites {c.Id}")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void EveryCatalogEntry_SaysWhereItsPinWasConfirmed()
    {
        Assert.All(Catalog.Propositions, p =>
        {
            Assert.True(p.Confirmed, $"{p.Id} is {p.VerificationLevel}");
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Id);
            Assert.False(string.IsNullOrWhiteSpace(p.Text), p.Id);
        });
    }

    [Fact]
    public void EveryAuthority_HasADecisionDate_InTheYearItsCiteGives()
    {
        Assert.All(Catalog.Propositions.Where(p => p.CiteYear is not null), p => Assert.Equal(p.CiteYear, p.Decided.Year));
    }

    [Theory]
    [InlineData("2018-12", 2018, 12, 31)]
    [InlineData("1994", 1994, 12, 31)]
    [InlineData("2016-01-11", 2016, 1, 11)]
    public void DecisionDate_WithoutTheDay_IsTheLastDayItCouldBe(string decided, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), Proposition.ParseDecided(decided));
    }

    [Fact]
    public void UnconfirmedEntries_AreNeverPrinted()
    {
        var catalog = AuthorityCatalog.Parse("""
            { "authorities": [ { "id": "x", "cite": "X v. Y, 1 F.4th 1, {pin} (9th Cir. 2030)", "decided": "2030-01-02", "propositions": [
              { "id": "x-unconfirmed", "pin": "5", "verificationLevel": "secondary", "source": "a blog", "text": "t" } ] } ] }
            """);

        Assert.False(catalog.Find("x-unconfirmed")!.Confirmed);
    }

    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_EveryPrintedCitation_ResolvesToTheCatalog(string slug)
    {
        var result = Shared.Service.Evaluate(new ExampleCase(slug).RequestJson);

        var cites = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
            .SelectMany(s => s.Authorities).Concat(result.Warnings.SelectMany(w => w.Authorities));
        Assert.All(cites, c =>
        {
            var p = Catalog.Find(c.Id);
            Assert.NotNull(p);
            Assert.True(p!.Confirmed);
            Assert.Equal(p.Cite, c.Cite);
        });
    }
}
