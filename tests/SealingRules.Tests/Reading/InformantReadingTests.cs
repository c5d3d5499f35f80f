using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// An informant's identity, invoked: a blanket claim of law enforcement unless the words say what disclosure would bring
/// (particularity/informant-invoked), written from the rules part of the corpus (United States v. Gordon, United States
/// v. Villasenor-Villa). The words are the movants' kind, not copied from any held-out statement.
/// </summary>
public sealed class InformantReadingTests
{
    private const string Invoked = "The government asks to seal the memorandum because it wishes to protect the identity of a confidential informant who will testify at trial.";

    [Fact]
    public void AnInformantInvoked_IsNotReadAsSpecific_AndTheCureSaysWhatToShow()
    {
        var read = OneStatement.Read(Invoked, "law-enforcement-interference", "name", "private-individual");

        // Not specific: with the bare assertion beside it, the court's word may be "conclusory" or "generalized".
        Assert.NotEqual(SealingRules.Model.Showing.Specific, read.Showing);
        var step = Assert.Single(read.Because, b => b.Rule == "particularity/informant-invoked");
        Assert.Contains("confidential informant", step.Finding, StringComparison.Ordinal);
        Assert.Contains(step.Authorities, a => a.Cite.StartsWith("Unknown Parties v. Johnson", StringComparison.Ordinal));
        Assert.DoesNotContain(read.Because, b => b.Rule == "particularity/identifying-details");
        Assert.Contains(read.ToBeSpecific!, c => c.Contains("would identify the informant", StringComparison.Ordinal));
        // Not the advice for a security measure or a business's content, which an informant's danger is not.
        Assert.DoesNotContain(read.ToBeSpecific!, c => c.Contains("camera locations", StringComparison.Ordinal) || c.Contains("figures, terms", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUndercoverOfficerInvoked_IsNamedAsAnOfficer_AndTheCureSpeaksOfTheOfficer()
    {
        var read = OneStatement.Read("The names of the undercover officers appear throughout the report.", "safety", "name", "public-official");

        Assert.NotEqual(SealingRules.Model.Showing.Specific, read.Showing);
        var step = Assert.Single(read.Because, b => b.Rule == "particularity/informant-invoked");
        Assert.StartsWith("The statement invokes the identity of an undercover officer (", step.Finding, StringComparison.Ordinal);
        Assert.Contains("undercover officer's identity", read.Because[^1].Finding, StringComparison.Ordinal);
        Assert.Contains(read.ToBeSpecific!, c => c.Contains("would identify the officer", StringComparison.Ordinal));
        Assert.DoesNotContain(read.ToBeSpecific!, c => c.Contains("informant", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The memorandum names the cooperating witness; members of the defendant's gang have already threatened him, and would retaliate against him once he is identified.")]
    [InlineData("The exhibit names the informant, which would let the defendant's associates locate him at the address it gives.")]
    public void AnInformantWhoseDangerIsShown_IsNotABlanketClaim(string words)
    {
        var read = OneStatement.Read(words, "safety", "name", "private-individual");

        Assert.DoesNotContain(read.Because, b => b.Rule == "particularity/informant-invoked");
        Assert.Equal(SealingRules.Model.Showing.Specific, read.Showing);
    }

    [Fact]
    public void AWitnessWhoIsNotAnInformant_IsLeftToTheOtherRules()
    {
        var read = OneStatement.Read("The exhibit gives the home address and phone number of a non-party witness.", "privacy", "home-address", "private-individual");

        Assert.DoesNotContain(read.Because, b => b.Rule == "particularity/informant-invoked");
    }
}
