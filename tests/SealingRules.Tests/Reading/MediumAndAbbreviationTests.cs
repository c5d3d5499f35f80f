using SealingRules.Model;
using SealingRules.Reading;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Words that name what the material is, not what it holds: a video is a medium ("Releasing the videos would put the
/// officers at risk" names no content), and an investigation's being ongoing is its status; a quote is never cut at an
/// abbreviation ("Dr.") nor opened on a number cut from what it counted.
/// </summary>
public sealed class MediumAndAbbreviationTests
{
    [Fact]
    public void AVideoNamedWithoutHowItWouldBeUsed_IsNoConcreteContent()
    {
        var read = OneStatement.Read("Releasing the videos would put the officers involved at risk.", "safety", "investigative-file", "government-agency");

        Assert.NotEqual(Showing.Specific, read.Showing);
        Assert.DoesNotContain(read.Because, b => b.Rule == "particularity/sealable-content-named");
    }

    [Fact]
    public void AVideoWithHowItWouldBeUsed_IsParticular()
    {
        // Tamrat v. Marlowe (E.D. Cal.): prison videos "could be studied for tactical use".
        var read = OneStatement.Read("The videos could be studied for tactical use by friends and family of current inmates, jeopardizing the safety of staff.", "security-vulnerability", "security-procedure", "government-agency");

        Assert.Equal(Showing.Specific, read.Showing);
        Assert.Contains(read.Because, b => b.Rule == "particularity/how-disclosure-harms");
    }

    [Fact]
    public void AnOngoingInvestigation_IsAStatusNotContent()
        => Assert.DoesNotContain(StatementReader.Read("The report is part of an ongoing investigation and contains confidential information."), f => f.Feature == Feature.ConcreteContent);

    [Fact]
    public void AQuote_RunsPastAnAbbreviation()
    {
        var features = StatementReader.Read("Exhibit C consists of the treatment notes of my psychiatrist, Dr. Lee, which record my diagnoses and medications.");

        Assert.DoesNotContain(features, f => f.Quote.EndsWith(" Dr", StringComparison.Ordinal));
        Assert.Contains(features, f => f.Quote.Contains("Dr. Lee", StringComparison.Ordinal) || f.Quote.Contains("diagnoses", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuote_DoesNotOpenOnANumberCutFromWhatItCounted()
        => Assert.DoesNotContain(StatementReader.Read("Slides 4 through 9 of Exhibit 12 set out Silver Crest's player-reward cost table, tier by tier."),
            f => char.IsAsciiDigit(f.Quote[0]));

    [Fact]
    public void AQuote_DoesNotCloseOnAPossessive()
    {
        var features = StatementReader.Read("It is possible that a disgruntled former inmate could use the deputies' names to find out where they live.");

        Assert.All(features, f => Assert.False(f.Quote.EndsWith("deputies", StringComparison.Ordinal) || f.Quote.EndsWith("deputies'", StringComparison.Ordinal), f.Quote));
    }

    [Fact]
    public void ASentenceEndingInNo_StillEnds()
        => Assert.Contains(StatementReader.Read("Is the table public? The answer is no. Competitors would use the margins to undercut our bids."), f => f.Feature == Feature.Mechanism);
    [Theory]
    // Sempier v. Baker (D. Nev. 2020): "Sempier's psychosexual evaluation contains confidential information", sealed.
    [InlineData("Sempier's psychosexual evaluation contains confidential information.", true)]
    // The near miss: an evaluation of no named kind is not health information by its words.
    [InlineData("Sempier's evaluation contains confidential information.", false)]
    public void APsychosexualEvaluation_IsHealthInformation(string words, bool health)
    {
        var read = OneStatement.Read(words, "privacy", "mental-health", "party");

        Assert.Equal(health, read.Showing == Showing.Specific);
        Assert.Equal(health, read.Because.Any(b => b.Rule == "particularity/health-information"));
    }
}
