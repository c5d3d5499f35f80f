using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>Words no judged statement uses are the rarest, so common words shared alone do not make a statement read alike.</summary>
public sealed class LikeUnseenWordsTests
{
    [Fact]
    public void ASurvivorsWords_AreNotLikeACompanysCompetitiveHarm_ForSharingPublicAndDocument()
    {
        var like = OneStatement.Read("If the document were public, my abuser could locate me.", "safety", "home-address", "party").Like;

        Assert.DoesNotContain(like, l => l.Case.StartsWith("Esquivel", StringComparison.Ordinal));
    }

    [Fact]
    public void WordsTheCorpusKnows_StillFindTheirLikes()
        => Assert.NotEmpty(OneStatement.Read("Disclosure of the royalty rates would allow competitors to undercut our pricing in future negotiations.", "competitive-harm", "pricing-terms", "party").Like);
}
