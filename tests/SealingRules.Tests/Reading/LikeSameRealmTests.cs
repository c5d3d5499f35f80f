using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A judged statement about another realm of information (a business's, a person's, the government's) is never shown as
/// like the words read, whatever words they share; one that neither its information nor its harm places may be.
/// </summary>
public sealed class LikeSameRealmTests
{
    [Fact]
    public void ASurvivorsProtectiveOrder_IsNotLikeADesignationUnderOne()
    {
        var like = OneStatement.Read(
            "My former partner was arrested for violating a protective order and is looking for me; if my home address is public he will find me.",
            "safety", "home-address", "party").Like;

        Assert.DoesNotContain(like, l => l.Text.Contains("designat", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(like, l => l.Text.Contains("protective order", StringComparison.OrdinalIgnoreCase) && !l.Text.Contains("safety", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AStoresProcedures_AreNotLikeAPersonsFamilyFinances()
    {
        var like = OneStatement.Read("Our store procedures for handling returns are confidential and competitors would copy them.", "competitive-harm", "internal-policy", "party").Like;

        Assert.NotEmpty(like);
        Assert.DoesNotContain(like, l => l.Case.StartsWith("Kalkhoven", StringComparison.Ordinal));
    }

    [Fact]
    public void WordsNoRealmPlaces_StillFindTheirLikes()
    {
        // Information "other" and a harm claimed by businesses and people alike: nothing is ruled out.
        var like = OneStatement.Read("The emails are confidential and their disclosure would embarrass the company's executives and damage its reputation.", "reputational", "other", "party").Like;

        Assert.NotEmpty(like);
    }
}
