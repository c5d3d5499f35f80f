using SealingRules.Model;
using SealingRules.Reading;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A close statement a court judged the other way from the reading says what sets it apart, in the features the rules
/// read; one judged the same way says nothing; one with the same features says that courts part ways.
/// </summary>
public sealed class HowItDiffersTests
{
    private const string Mechanism = "Section 4 sets out the per-unit prices; if our other suppliers saw them, they would know the lowest price we have accepted.";
    private const string Designated = "The emails were designated Highly Confidential under the protective order.";
    private const string Content = "The table lists our royalty rates and the discounts we give.";

    private static string? Differs(string mine, bool mineSpecific, string theirs, Showing verdict)
        => HowItDiffers.Sentence(StatementReader.Read(mine), mineSpecific, StatementReader.Read(theirs), verdict);

    [Fact]
    public void AGeneralizedNeighbour_OfASpecificReading_LacksWhatTheWordsHave()
        => Assert.Equal("Unlike the statement read here, this one does not say how disclosure would cause the harm and does not name who would use the information.",
            Differs(Mechanism, true, "The agreement reflects proprietary pricing information.", Showing.Generalized));

    [Fact]
    public void ASpecificNeighbour_OfADesignationReading_HasWhatTheWordsLack()
        => Assert.Equal("Unlike the statement read here, this one names what the document concretely holds and does not rest on a confidentiality designation.",
            Differs(Designated, false, Content, Showing.Specific));

    [Fact]
    public void ANeighbourJudgedTheOtherWay_WithTheSameFeatures_SaysCourtsPartWays()
        => Assert.Contains("courts part ways", Differs(Content, true, "The exhibit lists the royalty rates of each license.", Showing.Conclusory), StringComparison.Ordinal);

    // The rules read the kind with the words: where only the kind differs, the sentence says so rather than "courts part ways".
    [Theory]
    [InlineData(InformationKind.CustomerInformation, "it concerns information of another kind (customer information)")]
    [InlineData(InformationKind.LicensingTerms, "courts part ways")]
    public void WithTheSameFeatures_AnotherKindOfInformation_IsNamed(InformationKind theirs, string says)
        => Assert.Contains(says, HowItDiffers.Sentence(StatementReader.Read(Content), true, StatementReader.Read("The exhibit lists the royalty rates of each license."),
            Showing.Conclusory, [InformationKind.LicensingTerms], theirs), StringComparison.Ordinal);

    [Fact]
    public void MedicalAndMentalHealthRecords_AreOneFamily_NotAnotherKind()
    {
        // A tester read "health information" in the reading and "information of another kind (medical information)" beside it.
        const string Mine = "The notes record my psychiatric diagnoses and the medications I take.";
        var sentence = HowItDiffers.Sentence(StatementReader.Read(Mine), true, StatementReader.Read(Mine), Showing.Conclusory, [InformationKind.MentalHealth], InformationKind.Medical);

        Assert.DoesNotContain("another kind", sentence, StringComparison.Ordinal);
        Assert.Contains("courts part ways", sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, Showing.Specific)]
    [InlineData(false, Showing.Conclusory)]
    [InlineData(false, Showing.Generalized)]
    public void ANeighbourJudgedAsTheWordsAreRead_SaysNothing(bool mineSpecific, Showing verdict)
        => Assert.Null(Differs(Mechanism, mineSpecific, Designated, verdict));

    [Fact]
    public void TheResultAndTheCheck_CarryIt_OnlyWhereTheVerdictDiffers()
    {
        var request = $$"""
            { "schemaVersion": 1, "court": "N.D. Cal.", "asOf": "2026-11-20", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
              { "id": "ex-12", "title": "Supply agreement", "request": "redact", "information": [ { "id": "prices", "kind": "pricing-terms", "about": "party" } ],
                "harms": [ { "kind": "competitive-harm", "evidence": "declaration", "statement": "{{Mechanism}} They would refuse to bid below it in the negotiations we are now conducting." } ] } ] } ] }
            """;
        var showing = Shared.Service.Evaluate(request).Motions[0].Items[0].Showings[0];
        Assert.Equal(Showing.Specific, showing.Showing);
        Assert.NotEmpty(showing.Like);
        Assert.All(showing.Like, l => Assert.Equal(l.Showing == Showing.Specific, l.Differs is null));
        var differing = Assert.Single(showing.Like.Where(l => l.Differs is not null).Take(1));
        Assert.Contains(differing.Differs!, SealingRules.Reports.CheckReport.Render(Shared.Service.Check(request)), StringComparison.Ordinal);
    }

    // Words not read (not English) are like no judged statement: none is listed, so nothing is compared with them.
    [Fact]
    public void WordsNotRead_AreLikeNoJudgedStatement()
    {
        const string request = """
            { "schemaVersion": 1, "asOf": "2026-01-01", "motions": [ { "id": "m", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
              { "id": "i", "request": "seal", "information": [ { "id": "x", "kind": "pricing-terms", "about": "party" } ],
                "harms": [ { "kind": "competitive-harm", "statement": "La información contiene los precios confidenciales de la empresa (pricing, royalty rates, customer lists) y su divulgación causaría un daño competitivo." } ] } ] } ] }
            """;
        var showing = Shared.Service.Evaluate(request).Motions[0].Items[0].Showings[0];
        Assert.Empty(showing.Like);
    }
}
