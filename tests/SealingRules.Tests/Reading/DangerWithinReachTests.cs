using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A danger made concrete by who and where, with no word of harm: family left in the country fled, members of a
/// trafficking network in the declarant's village, a neighbourhood asked who "talked to the cops"
/// (particularity/danger-within-reach, particularity/risk-to-persons). Written from declarations of my own, not from
/// either corpus.
/// </summary>
public sealed class DangerWithinReachTests
{
    private static Showing Read(string words, string harm, string kind, string about)
        => OneStatement.Read(words, harm, kind, about).Showing;

    [Fact]
    public void AnAsylumApplicantsFamilyLeftWhereHeFled_ReadsSpecific()
        => Assert.Equal(Showing.Specific, Read("Respondent seeks to file under seal the portions of the record containing the asylum officer's notes of the credible-fear interview, which describe the petitioner's political activities and the names of the fellow party members who were detained; the petitioner's family remains in the country he fled.", "persecution", "immigration-status", "party"));

    [Fact]
    public void ATraffickingVictimsCooperation_ShownToTheNetworkInHerVillage_ReadsSpecific()
        => Assert.Equal(Showing.Specific, Read("The T-visa declaration recounts, with names and dates, how the recruiter who trafficked Plaintiff arranged her transport; members of that network remain in her home village, where her mother lives, and the declaration would show them she has cooperated with U.S. authorities.", "safety", "immigration-status", "party"));

    [Fact]
    public void AnInformantSought_ByThoseHeInformedOn_ReadsSpecific()
        => Assert.Equal(Showing.Specific, Read("The Department's declaration explains that the unredacted use-of-force report gives the name of the confidential informant who warned officers that the suspect was armed, and that the suspect's associates have since asked around the neighborhood who \"talked to the cops.\"", "safety", "name", "private-individual"));

    [Fact]
    public void AnAsylumLabelAlone_ReadsLessThanSpecific()
        => Assert.NotEqual(Showing.Specific, Read("Respondent asks to seal the administrative record because it contains asylum-related information.", "persecution", "immigration-status", "party"));

    [Fact]
    public void AFamilyInTheSameTown_WithAPrivacyHarmAndNoFacts_IsNotADangerShown()
        => Assert.NotEqual(Showing.Specific, Read("Plaintiff's family still lives in the same town, and the complaint's allegations are private.", "privacy", "other", "party"));

    [Fact]
    public void AnInformantNamed_WithOnlyAGeneralFear_ReadsLessThanSpecific()
        => Assert.NotEqual(Showing.Specific, Read("The report names a confidential informant, and disclosure could place him at risk.", "safety", "name", "private-individual"));
}
