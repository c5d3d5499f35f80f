using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Words read as specific on ground courts have gone both ways on (the kind of information alone) are told what would
/// make them firmer; words that say how disclosure harms, and words read short of specific, are not.
/// </summary>
public sealed class FirmerGroundTests
{
    private static SealingRules.Contract.ShowingResult Read(string statement, bool atIssue = false) => OneStatement.Read(statement, "privacy", "medical", "party", atIssue);

    [Fact]
    public void HealthRecordsNamedAlone_ReadSpecific_AreToldHowToStandFirmer_AndWhatTheyPutAtIssue()
    {
        var read = Read("These are Plaintiff's private medical records, and she would be embarrassed if they became public.", atIssue: true);

        Assert.Equal(SealingRules.Model.Showing.Specific, read.Showing);
        Assert.True(read.Track?.GoneBothWays);
        Assert.NotNull(read.ToStandFirmer);
        // What the claims put at issue is said once: by the kind's own example, or by a line of its own.
        Assert.Single(read.ToStandFirmer!, s => s.Contains(" issue", StringComparison.Ordinal));
        Assert.Contains(read.ToStandFirmer!, s => s.StartsWith("Do not give embarrassment as the reason", StringComparison.Ordinal));
    }

    [Fact]
    public void WordsThatSayHowDisclosureHarms_StandFirmAlready()
        => Assert.Null(Read("The records name her HIV diagnosis; disclosure would allow her employer, who does not know it, to learn it and retaliate against her.").ToStandFirmer);

    [Fact]
    public void WordsReadShortOfSpecific_AreToldWhatToSay_NotHowToStandFirmer()
    {
        var read = Read("The exhibit was designated confidential under the protective order.");

        Assert.NotEqual(SealingRules.Model.Showing.Specific, read.Showing);
        Assert.Null(read.ToStandFirmer);
        Assert.NotNull(read.ToBeSpecific);
    }
}
