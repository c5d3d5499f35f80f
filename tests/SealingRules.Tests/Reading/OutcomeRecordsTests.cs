using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>The outcome-record test on sentences written for it: titles and bare dispositions record; any word about the reason judges.</summary>
public sealed class OutcomeRecordsTests
{
    [Theory]
    [InlineData("ORDER GRANTING STIPULATED MOTION TO FILE UNDER SEAL (ECF No. 12)")]
    [InlineData("ORDER granting 14 Motion to Seal.")]
    [InlineData("For the reasons stated below, the Court GRANTS the motion.")]
    [InlineData("The motion to seal is DENIED without prejudice.")]
    [InlineData("Having reviewed the papers, the Court will grant the application.")]
    public void ATitleOrABareDisposition_OnlyRecordsTheOutcome(string sentence)
        => Assert.True(OutcomeRecords.OnlyRecordsTheOutcome(sentence));

    [Theory]
    [InlineData("The motion is GRANTED because the exhibits contain the minor's medical records.")]
    [InlineData("Defendant's boilerplate claim of competitive harm is vague and unsubstantiated.")]
    [InlineData("The Court disagrees.")]
    [InlineData("Compelling reasons exist in this case.")]
    [InlineData("The motion is denied: a designation under the protective order is not enough.")]
    public void ASentenceAboutTheReason_JudgesTheWords(string sentence)
        => Assert.False(OutcomeRecords.OnlyRecordsTheOutcome(sentence));
}
