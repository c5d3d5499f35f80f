using SealingRules.Orders;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>
/// The conclusion orders motions decided alike as one, as the seed orders its four motions: one disposition, and one
/// list of the redactions by what they remove. Motions decided differently keep a paragraph each.
/// </summary>
public sealed class ConclusionTests
{
    private static readonly string[] TenEmails = ["Ex. 41 PI", "Ex. 42 PI", "Ex. 5 class cert", "Ex. 8 to Opp'n", "Ex. 4 to PI Reply", "Ex. 3 to PI Reply", "Ex. 2 to PI Reply", "Ex. 1 to PI Reply", "Ex. 5 to PI Reply", "Ex. 1 to Class Cert Reply"];

    private static ProposedOrder Order(string slug) => Shared.Service.Order(File.ReadAllText(Path.Combine(Repo.Examples, slug, "request.json")));

    [Fact]
    public void TheSeedsFourMotions_AreDeniedInOneParagraph_AndTheirRedactionsListedOnce()
    {
        var order = Order("al-otro-lado-2019");
        var text = order.Conclusion.Select(p => p.Text).ToList();

        Assert.Equal("The parties' motions to file under seal (ECF 290, ECF 305, ECF 311 and ECF 314) are DENIED WITHOUT PREJUDICE, except that the redactions set out below are permitted.", text[0]);
        Assert.Single(text, t => t.Contains("DENIED", StringComparison.Ordinal));
        var directions = Assert.Single(text, t => t.Contains("these redactions", StringComparison.Ordinal));
        Assert.StartsWith("If no amended motions are filed,", directions, StringComparison.Ordinal);
        // The ten emails are named by the part of the discussion that lists them all, and that part lists exactly them.
        Assert.Contains("the phone number, from the 10 documents named in Part III.A;", directions, StringComparison.Ordinal);
        var partA = order.Discussion[0].Heading;
        Assert.All(TenEmails, label => Assert.Contains(label, partA, StringComparison.Ordinal));
        Assert.DoesNotContain("Ex. 43 PI", partA, StringComparison.Ordinal);
        Assert.DoesNotContain("Ex. 6 to PI Reply", partA, StringComparison.Ordinal);
        Assert.Contains("from the Ciudad Juarez waitlist of asylum seekers", directions, StringComparison.Ordinal);
        // How redacted versions are filed is said once, with its authority.
        Assert.Single(order.Conclusion, p => p.Text.StartsWith("The redacted versions are filed publicly", StringComparison.Ordinal) && p.Cites.Count > 0);
    }

    [Fact]
    public void RequestsUnderEasternDistrictRule141_AreSubmittedNotFiled()
    {
        // Hedrick v. Grant (E.D. Cal. 2017): the plaintiff's and the defendant's requests, both denied but for the names.
        var text = Order("hedrick-grant-2017").Conclusion.Select(p => p.Text).ToList();

        Assert.Equal("The parties' requests to seal documents (ECF 163 and ECF 182) are DENIED WITHOUT PREJUDICE, except that the redactions set out below are permitted.", text[0]);
        Assert.Contains(text, t => t.StartsWith("If no amended requests are submitted, the items are to be filed with these redactions: the name, from the three documents named in Part III.A.", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("amended motions are filed", StringComparison.Ordinal));
    }

    [Fact]
    public void OneMovantsMotions_AreNamedAsItsOwn_AndTwoDocumentsNamedByTitle()
    {
        // Medina v. County of Monterey (N.D. Cal. 2024): two administrative motions, each for one minor's settlement amount.
        var text = Order("medina-monterey-2024").Conclusion.Select(p => p.Text).ToList();

        Assert.Equal("The plaintiff's administrative motions to file under seal (ECF 31 and ECF 32) are GRANTED.", text[0]);
        Assert.Contains(text, t => t.StartsWith("The items are to be filed with these redactions: the settlement terms, from the settlement petition of minor M.M.", StringComparison.Ordinal)
            && t.Contains("and the settlement petition of minor N.M.", StringComparison.Ordinal));
    }

    [Fact]
    public void MotionsDecidedDifferently_KeepAParagraphEach()
    {
        // Microsoft v. Hon Hai (N.D. Cal. 2020): one motion denied without prejudice, the other granted.
        var text = Order("microsoft-hon-hai-2020").Conclusion.Select(p => p.Text).ToList();

        Assert.Contains("The plaintiff's administrative motion to file under seal (ECF 53) is DENIED WITHOUT PREJUDICE.", text);
        Assert.Contains("The defendant's administrative motion to file under seal (ECF 60) is GRANTED.", text);
        Assert.DoesNotContain(text, t => t.Contains(") are ", StringComparison.Ordinal));
    }
}
