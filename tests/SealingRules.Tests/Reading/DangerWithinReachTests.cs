using SealingRules.Model;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A danger made concrete by who and where, with no word of harm: family left in the country fled, members of a
/// trafficking network in the declarant's village, a neighbourhood asked who "talked to the cops", a debriefed inmate
/// on a yard with the gang's members (particularity/danger-within-reach, particularity/risk-to-persons); beside them, an
/// active wiretap's targets who would drop their phones, and a child named by her age. Written from
/// declarations of my own, not from either corpus.
/// </summary>
public sealed class DangerWithinReachTests
{
    [Theory]
    [InlineData("Respondent seeks to file under seal the portions of the record containing the asylum officer's notes of the credible-fear interview, which describe the petitioner's political activities and the names of the fellow party members who were detained; the petitioner's family remains in the country he fled.", "persecution", "immigration-status", "party", true)]
    [InlineData("The T-visa declaration recounts, with names and dates, how the recruiter who trafficked Plaintiff arranged her transport; members of that network remain in her home village, where her mother lives, and the declaration would show them she has cooperated with U.S. authorities.", "safety", "immigration-status", "party", true)]
    [InlineData("The Department's declaration explains that the unredacted use-of-force report gives the name of the confidential informant who warned officers that the suspect was armed, and that the suspect's associates have since asked around the neighborhood who \"talked to the cops.\"", "safety", "name", "private-individual", true)]
    [InlineData("Defendants seek to seal the portions of the classification file showing that Plaintiff dropped out of the Mexican Mafia and debriefed; inmates known to have debriefed are marked for death by that gang, and Plaintiff is housed on a yard where its members are present.", "safety", "criminal-history", "party", true)]
    [InlineData("The immigration judge's decision recites that the petitioner was granted withholding of removal because members of a gang in El Salvador murdered his brother and threatened him; his mother and sisters still live in the same neighborhood.", "persecution", "immigration-status", "party", true)]
    [InlineData("The government asks to seal the agent's affidavit because it describes a wiretap on three phone numbers that remains active, and the targets, none of whom has been charged, would drop those phones if they learned of it.", "law-enforcement-interference", "investigative-file", "government-agency", true)]
    [InlineData("The body-camera footage shows the arrestee's fourteen-year-old daughter, in her nightclothes, being questioned in her bedroom; her face and the inside of the family's home are visible for several minutes.", "privacy", "minor-identity", "minor", true)]
    [InlineData("Respondent asks to seal the administrative record because it contains asylum-related information.", "persecution", "immigration-status", "party", false)]
    [InlineData("Plaintiff's family still lives in the same town, and the complaint's allegations are private.", "privacy", "other", "party", false)]
    [InlineData("The report names a confidential informant, and disclosure could place him at risk.", "safety", "name", "private-individual", false)]
    [InlineData("Petitioner asks to seal the decision because he is afraid of what might happen if it is made public.", "persecution", "immigration-status", "party", false)]
    public void TheWords_ReadSpecific_OnlyWhereTheyTieTheHarmToFacts(string words, string harm, string kind, string about, bool specific)
        => Assert.Equal(specific, OneStatement.Read(words, harm, kind, about).Showing == Showing.Specific);
}
