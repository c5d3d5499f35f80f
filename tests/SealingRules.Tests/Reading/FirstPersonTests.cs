using SealingRules.Model;
using SealingRules.Reading;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A declarant writes "I" and "my"; the orders the reader was written from restate reasons in the third person. The
/// person of a pronoun says nothing of how particular a reason is: the same words read the same either way.
/// </summary>
public sealed class FirstPersonTests
{
    [Theory]
    [InlineData("If the document were public, my abuser could locate me.", "If the document were public, her abuser could locate her.")]
    [InlineData("He still lives in my building and does not know my new address.", "He still lives in her building and does not know her new address.")]
    [InlineData("I am hiding from my former partner, who threatened to kill me.", "She is hiding from her former partner, who threatened to kill her.")]
    [InlineData("My family does not know about my HIV status.", "Her family does not know about her HIV status.")]
    [InlineData("If the records were public, my employer would learn of my diagnosis and I would likely lose my job.", "If the records were public, her employer would learn of her diagnosis and she would likely lose her job.")]
    public void TheFirstPerson_ReadsAsTheThird(string first, string third)
        => Assert.Equal(StatementReader.Read(third).Select(f => f.Feature), StatementReader.Read(first).Select(f => f.Feature));

    [Fact]
    public void TheQuote_IsTheDeclarantsOwnWords()
        => Assert.Contains(StatementReader.Read("If the document were public, my abuser could locate me."), f => f.Feature == Feature.Mechanism && f.Quote.Contains("my abuser could locate me", StringComparison.Ordinal));

    [Theory]
    [InlineData("my abuser could locate me", "her abuser could locate her")]
    [InlineData("i am hiding; i've moved twice", "she is hiding; she has moved twice")]
    [InlineData("count i of the complaint", "count i of the complaint")] // a roman numeral, not the declarant
    [InlineData("that is, i.e., the rates", "that is, i.e., the rates")]
    [InlineData("the memo names mine and myself", "the memo names hers and herself")]
    [InlineData("enemy, myth, meeting", "enemy, myth, meeting")] // words that only begin like "me" or "my"
    public void TheThirdPerson_ChangesOnlyTheDeclarantsWords(string lower, string expected)
        => Assert.Equal(expected, ThirdPerson.Of(lower).Text);

    [Fact]
    public void EveryPositionOfTheThirdPerson_PointsIntoTheOriginal()
    {
        const string lower = "i am sure my employer would fire me";
        var third = ThirdPerson.Of(lower);

        var at = third.Text.IndexOf("employer", StringComparison.Ordinal);
        Assert.Equal(lower.IndexOf("employer", StringComparison.Ordinal), third.Origin(at));
        Assert.Equal(lower.Length, third.Origin(third.Text.Length));
    }

    [Theory]
    [InlineData("My complaint concerns my former employer.")]
    [InlineData("I am the plaintiff and my records are private.")]
    public void ADeclarantSpeakingOfHerself_IsEnglish(string text) => Assert.True(StatementReader.IsEnglish(text));

    [Fact]
    public void SpanishWithMe_IsNotTakenForEnglish()
        => Assert.False(StatementReader.IsEnglish("Me preocupa que mi expediente médico sea público y que mi empleador lo lea."));
}
