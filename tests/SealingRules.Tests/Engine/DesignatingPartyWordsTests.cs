using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>
/// Where the material is another's and that party makes the showing (Civil L.R. 79-5(f) and its like), the findings
/// name it as the one harmed and the one bearing the burden, never the filer who moved only because of the designation.
/// </summary>
public sealed class DesignatingPartyWordsTests
{
    private static SealingRules.Contract.SealingResult Evaluate(string slug) => Shared.Service.Evaluate(File.ReadAllText(Path.Combine(Repo.Examples, slug, "request.json")));

    [Fact]
    public void TheDesignatingPartysShowing_IsSaidToBeItsOwn_AndSoIsTheBurden()
    {
        var result = Evaluate("exercises/05-designating-party-speaks");
        var motion = result.Motions[0];
        var steps = motion.Reasoning.Concat(motion.Items.SelectMany(i => i.Reasoning)).Select(s => s.Finding).ToList();

        Assert.Contains(steps, s => s.StartsWith("The material was designated confidential by", StringComparison.Ordinal) && s.Contains("the designating party bears the burden", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.StartsWith("The designating party ", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.StartsWith("As the party seeking to seal", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReport_IntroducesTheDesignatingPartysWords_AsItsOwn()
    {
        // A non-party supplier's declaration, filed under Civil L.R. 79-5(f): its words are not the filer's.
        const string Request = """
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2022-08-30", "motions": [ { "id": "ECF 112", "movant": "plaintiff", "underlyingFiling": "summary-judgment",
              "items": [ { "id": "ex-7", "title": "Supply agreement", "request": "redact", "designatedBy": "non-party",
                "information": [ { "id": "prices", "kind": "pricing-terms", "about": "non-party-business" } ],
                "harms": [ { "kind": "competitive-harm", "evidence": "declaration", "offeredBy": "designating-party",
                  "statement": "Schedule B sets out our unit prices for each pallet grade; competing pallet makers who saw them would bid just under them in the next tender." } ] } ] } ] }
            """;
        var result = Shared.Service.Evaluate(Request);
        var md = SealingRules.Reports.MarkdownReport.Render(result);

        Assert.True(result.Motions[0].Items[0].Showings[0].ByDesignatingParty);
        Assert.Contains("The designating party's words for reason 1", md, StringComparison.Ordinal);
        Assert.DoesNotContain("The movant's words", md, StringComparison.Ordinal);
    }

    [Fact]
    public void AMovantsOwnMaterial_KeepsTheMovantsBurden()
    {
        // The near miss: the seed's movants seal their own material.
        var steps = Evaluate("al-otro-lado-2019").Motions.SelectMany(m => m.Reasoning).Select(s => s.Finding).ToList();

        Assert.Contains(steps, s => s.StartsWith("As the party seeking to seal", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains("designating party", StringComparison.Ordinal));
    }
}
