using SealingRules.Contract;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>One sentence for a finding a rule makes of several pieces alike, in the plural; never a sentence it cannot put in the plural.</summary>
public sealed class MergedFindingsTests
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["n"] = "the name", ["c"] = "the city of origin", ["o"] = "the occupation", ["p"] = "the phone number", ["e"] = "the email address",
    };

    private static readonly string[] Three = ["n", "c", "o"];
    private static readonly string[] Contacts = ["p", "e"];
    private static readonly string[] NameAndCity = ["n", "c"];

    private static StepResult Step(string rule, string finding, string concerns) => new(rule, finding, [concerns], [new CitationResult("x", "Cite")]);

    [Fact]
    public void ThreeDetailsAlike_AreOneSentence_InThePlural()
    {
        var steps = Three.Select(id => Step("privacy/identifying-details",
            $"The {Labels[id][4..]} is a detail that, with the others in the record, could let someone deduce who they are; keeping it from the public protects their privacy.", id)).ToList();

        var merged = Assert.Single(MergedFindings.Merge(steps, Labels));

        Assert.Equal("The name, city of origin and occupation are details that, with the others in the record, could let someone deduce who they are; keeping them from the public protects their privacy.", merged.Finding);
        Assert.Equal(["n", "c", "o"], merged.Concerns);
        Assert.Single(merged.Authorities);
    }

    [Fact]
    public void DifferentRulesOrDifferentWords_StayApart()
    {
        var steps = new List<StepResult>
        {
            Step("weighing/presumption-stands", "No reason has been shown for the phone number; it stays public.", "p"),
            Step("weighing/other", "No reason has been shown for the email address; it stays public.", "e"),
            Step("weighing/presumption-stands", "The movant says nothing of the name; it stays public.", "n"),
        };

        Assert.Equal(steps, MergedFindings.Merge(steps, Labels));
    }

    [Fact]
    public void AVerbItDoesNotKnow_LeavesTheStepsAlone()
    {
        var steps = Contacts.Select(id => Step("privacy/x", $"The {Labels[id][4..]} reveals where the officer lives.", id)).ToList();

        Assert.Null(MergedFindings.Plural("The \u0001 reveals where the officer lives."));
        Assert.Equal(2, MergedFindings.Merge(steps, Labels).Count);
    }

    [Fact]
    public void ANameInsideALongerWord_IsNotThePiece()
    {
        var steps = NameAndCity.Select(id => Step("privacy/y", $"The officials' names are public; the {Labels[id][4..]} stays public.", id)).ToList();

        var merged = Assert.Single(MergedFindings.Merge(steps, Labels));

        Assert.Equal("The officials' names are public; the name and city of origin stay public.", merged.Finding);
    }

    [Fact]
    public void PiecesOfOneKindListedInTurn_AreNamedByTheirPlaces()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = "the trade secrets listed first", ["b"] = "the trade secrets listed second" };
        var steps = labels.Keys.Select(id => Step("weighing/access-required", $"Sealing cannot restore a secrecy already lost; {labels[id]} stay public.", id)).ToList();

        Assert.Equal("Sealing cannot restore a secrecy already lost; the trade secrets listed first and second stay public.", Assert.Single(MergedFindings.Merge(steps, labels)).Finding);
    }

    [Fact]
    public void AMergedFindingThatNamesItsPieces_IsNotOpenedWithThemAgain()
    {
        var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(SealingRules.Tests.Support.Repo.Examples, "apple-samsung-2012-htc-license", "request.json")));
        var markdown = MarkdownReport.Render(result);

        // Two pieces of one kind are told apart by their ids' words, and named in one list.
        Assert.Contains("the court finds the licensing terms (patent list and other terms) innocuous", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("As to the licensing terms (patent list) and the licensing terms (other terms), on its own review", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deck-comp-formula", "deck-slide-design", "the trade secrets (comp formula)", "the trade secrets (slide design)")]
    [InlineData("deck-sealable", "deck-rest", "the trade secrets listed first", "the trade secrets listed second")]
    [InlineData("deck-tpm", "deck-thermal-management", "the trade secrets listed first", "the trade secrets listed second")]
    [InlineData("i1", "i2", "the trade secrets listed first", "the trade secrets listed second")]
    public void PiecesOfOneKind_AreToldApartByTheirIdsWords_OnlyWhereTheWordsDescribe(string first, string second, string firstLabel, string secondLabel)
        // Words that state a ruling ("sealable"), a leftover ("rest"), an abbreviation or a number describe nothing.
        => Assert.Equal((firstLabel, secondLabel), TwoPieces("trade-secret", $"\"id\": \"{first}\"", $"\"id\": \"{second}\"", first, second));

    [Theory]
    [InlineData("section 1 of the License Agreement (payment terms)", "the paragraph of definitions in Exhibit C", "the licensing terms (section 1 of the License Agreement)", "the licensing terms (the paragraph of definitions in Exhibit C)")]
    [InlineData("the royalty rate", "the royalty rate (second copy)", "the licensing terms listed first", "the licensing terms listed second")]
    [InlineData("the royalty rate set out in every schedule of the agreement and in each amendment", "the term", "the licensing terms listed first", "the licensing terms listed second")]
    public void PiecesWhoseIdsSayNothing_AreToldApartByTheirLabels_WhereEachIsShortAndItsOwn(string firstLabel, string secondLabel, string firstWords, string secondWords)
        // Technology Properties v. Canon: "ex1-section-1" and "ex1-exhibit-c-definitions" say nothing by the ids' rule (a
        // number is no description), so the labels' heads name them.
        => Assert.Equal((firstWords, secondWords), TwoPieces("licensing-terms", $"\"id\": \"x-1\", \"label\": \"{firstLabel}\"", $"\"id\": \"x-2\", \"label\": \"{secondLabel}\"", "x-1", "x-2"));

    // How a result names two pieces of one kind in one item, each given by its own fields.
    private static (string, string) TwoPieces(string kind, string first, string second, string firstId, string secondId)
    {
        var result = Shared.Service.Evaluate($$"""
            { "schemaVersion": 1, "asOf": "2024-03-01", "court": "D. Nev.", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
              { "id": "deck", "title": "Marketing deck", "request": "seal",
                "information": [ { {{first}}, "kind": "{{kind}}", "about": "party" }, { {{second}}, "kind": "{{kind}}", "about": "party" } ],
                "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] } ] } ] }
            """);
        return (result.Labels[firstId], result.Labels[secondId]);
    }
}
