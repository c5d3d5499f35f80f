using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>
/// Exercise 19 (Doe v. Gipson): a prisoner's declaration paragraph on his safety, graded by its reading. The court's
/// own words ("to protect his safety … if this case is published") are a harm named, and a student who writes only
/// a fear for his safety is told what a danger shown takes.
/// </summary>
public sealed class SafetyDeclarationExerciseTests
{
    private static readonly string Folder = Path.Combine(Repo.Examples, "exercises", "19-write-the-declaration-safety-in-prison");

    private static SealingRules.Teaching.Miss? ParagraphMiss(string words)
        => Shared.Service.Grade(Folder, ParagraphAnswer.For("Petitioner's motion to file action under seal (Docket No. 1)", "gipson-action", words)).Misses.SingleOrDefault(m => m.Field == "statements[0]");

    [Theory]
    [InlineData("I am afraid for my safety in prison if my name is published, because other inmates could find out about my case.", "who would be endangered")]
    [InlineData("In 2009 I testified for the prosecution against two members of a prison gang, and I have received threats since. I ask that the entire case be sealed.", "Name the pages or lines")]
    public void AFearForHisSafety_OrADangerForTheWholeCase_IsMissed_WithWhatItNeeds(string words, string needs)
    {
        var miss = ParagraphMiss(words);

        Assert.NotNull(miss);
        Assert.Equal("generalized", miss!.Given);
        Assert.Contains(needs, miss.RightIf!, StringComparison.Ordinal);
    }

    private const string Strong =
        "In 2009 I testified for the prosecution against two members of a prison gang. Since then I have received two written threats in my cell, "
        + "and another inmate on my yard was stabbed after he was labelled a snitch. If this petition is published under my name, gang members here "
        + "will learn that I cooperated and will attack me. I ask that my name be replaced with Doe.";

    [Fact]
    public void ADangerShown_WithWhoAndHow_IsRight() => Assert.Null(ParagraphMiss(Strong));

    [Fact]
    public void TheStrongParagraph_KeepsHisNameOut_AndTheActionPublic()
    {
        // Question 4: the danger comes from his name; withholding it answers the danger (Doe v. University Accounting).
        var request = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(Folder, "request.json")));
        request["motions"]![0]!["items"]![0]!["harms"]![0]!["statement"] = Strong;

        var item = Shared.Service.Evaluate(request.ToString()).Motions[0].Items[0];

        Assert.Equal(SealingRules.Model.Outcome.Redact, item.Outcome);
        Assert.Equal(["gipson-identity"], item.Redact);
        Assert.Contains(item.Reasoning, s => s.Rule == "tailoring/anonymity-answers-the-danger" && s.Concerns.Contains("gipson-proceedings"));
    }
}
