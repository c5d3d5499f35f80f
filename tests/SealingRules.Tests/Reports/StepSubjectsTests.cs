using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Reports;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>A finding on part of an item's information opens with what it concerns; others read as they are.</summary>
public sealed class StepSubjectsTests
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["n0"] = "the pricing terms", ["n1"] = "the customer information",
    };

    private static ItemResult Item() => new("i0", Standard.CompellingReasons, Outcome.Redact, Relief.Partial, ["n0"], ["n1"], [], []);

    private static StepResult Step(string rule, string finding, params string[] concerns) => new(rule, finding, concerns, []);

    [Fact]
    public void AFindingOnPartOfTheItem_OpensWithWhatItConcerns()
        => Assert.Equal("As to the customer information, the movant's concern is stated in general terms.",
            StepSubjects.Opened(Step("compelling/generalized", "The movant's concern is stated in general terms.", "n1"), Item(), Labels));

    [Fact]
    public void AFindingOnTheWholeItem_ReadsAsItIs()
        => Assert.Equal("The movant's concern is stated in general terms.",
            StepSubjects.Opened(Step("compelling/generalized", "The movant's concern is stated in general terms.", "n0", "n1"), Item(), Labels));

    [Fact]
    public void AFindingThatNamesItsInformation_OrARuling_ReadsAsItIs()
    {
        Assert.Equal("", StepSubjects.Prefix(Step("compelling/pricing-and-royalty-terms", "Disclosing the pricing terms would harm it.", "n0"), Item(), Labels));
        Assert.Equal("", StepSubjects.Prefix(Step("weighing/sufficient-reason", "Because …, the presumption of access is overcome.", "n0"), Item(), Labels));
    }

    [Fact]
    public void AFindingOpeningWithAName_KeepsItsCapital_AfterAColon()
        => Assert.Equal("As to the pricing terms: Rule 26(c) allows it.",
            StepSubjects.Opened(Step("good-cause/specific-harm", "Rule 26(c) allows it.", "n0"), Item(), Labels));
}
