using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A cooperator's plea supplement: a danger already acted on by the people he informed on (threats made, cooperators
/// killed) is a danger shown (particularity/risk-to-persons); a danger word alone beside his cooperation is a blanket
/// claim, as before.
/// </summary>
public sealed class CooperatorDangerTests
{
    private static Showing Read(string words)
    {
        var request = """
            {"schemaVersion":1,"court":"S.D. Cal.","asOf":"2024-01-10","motions":[{"id":"ECF 40","movant":"defendant","underlyingFiling":"other",
             "items":[{"id":"supplement","request":"seal","information":[{"id":"coop","kind":"other","about":"party"}],
              "harms":[{"kind":"safety","evidence":"declaration","statement":"WORDS"}]}]}]}
            """.Replace("WORDS", words, StringComparison.Ordinal);
        return Shared.Service.Evaluate(request).Motions[0].Items[0].Showings[0].Showing;
    }

    [Theory]
    [InlineData("The supplement describes his cooperation. Members of the organization he informed on have threatened his family.")]
    [InlineData("The supplement reveals that he cooperated. The gang has murdered two cooperating witnesses in this district since 2019.")]
    public void ACooperationNamed_WithADangerAlreadyActedOn_ReadsSpecific(string words) => Assert.Equal(Showing.Specific, Read(words));

    [Fact]
    public void ACooperationNamed_WithOnlyADangerWord_ReadsLessThanSpecific()
        => Assert.NotEqual(Showing.Specific, Read("The supplement describes his cooperation, and disclosure would put him in danger of retaliation."));
}
