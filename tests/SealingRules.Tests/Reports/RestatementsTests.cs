using SealingRules.Contract;
using SealingRules.Reports;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>
/// A weighing step that restates the one-sentence finding before it is said once: the finding where the weighing only
/// concludes from it, the weighing where it answers a finding that leaned the other way and the finding prints no
/// citation. No citation moves from one sentence to another.
/// </summary>
public sealed class RestatementsTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["name"] = "the name", ["city"] = "the city of origin", ["gender"] = "the gender", ["terms"] = "the licensing terms listed first and second" };

    private static readonly CitationResult Hedrick = new("hedrick-redactions", "Hedrick");

    private static StepResult Finding(string text, bool cited, params string[] concerns) => new("privacy/identifying-details", text, concerns, cited ? [Hedrick] : []);

    private static StepResult Weighing(string text, bool answers, params string[] concerns)
        => new(answers ? "weighing/access-required" : "weighing/sufficient-reason", text, concerns, []) { PrevailsOver = answers ? ["compelling/risk-to-persons"] : null };

    private static IReadOnlyList<StepResult> Said(params StepResult[] steps) => Restatements.Drop(steps, Labels, s => s.Authorities.Count > 0);

    private const string Deduce = "The name is a detail that, with the others in the record, could let someone familiar with the individuals deduce who they are.";
    private const string Because = "Because the people have shown a compelling interest in their safety and the name could let someone familiar with the individuals deduce who they are, the presumption of access is overcome as to the name.";

    [Fact]
    public void AWeighingThatOnlyConcludesFromTheFindingBeforeIt_IsNotSaidAgain()
    {
        var finding = Finding(Deduce, cited: true, "name");

        var said = Said(finding, Weighing(Because, false, "name"));

        Assert.Same(finding, Assert.Single(said));
    }

    [Fact]
    public void AWeighingThatAnswersAFindingLeaningTheOtherWay_IsTheOneSaid_WhereTheFindingCitesNothing()
    {
        const string stays = "With the identifying details redacted, their gender, even viewed with the other remaining data, will likely not let the public determine who they are; they stay public.";
        const string although = "Although the people have shown a safety interest, once the identifying details are redacted, their gender will likely not let the public determine who they are; all of them stay public.";
        var answer = Weighing(although, true, "gender");

        Assert.Same(answer, Assert.Single(Said(Finding(stays, cited: false, "gender"), answer)));
        // The near miss: a finding that prints a citation is never the one left out, and no citation moves.
        Assert.Equal(2, Said(Finding(stays, cited: true, "gender"), answer).Count);
    }

    [Fact]
    public void AFindingOfSeveralSentences_IsDoctrine_AndStays()
    {
        var doctrine = Finding("By taking public office the officials' privacy is reduced. The public has no comparable interest in their phone numbers, and the officials keep some privacy in them.", cited: false, "name");
        var weighing = Weighing("The officials keep some privacy in their phone numbers, in which the public has no comparable interest, so the name may be kept.", false, "name");

        Assert.Equal(2, Said(doctrine, weighing).Count);
    }

    [Fact]
    public void AConclusionInOtherWords_OrSharingOnlyThePiecesNames_OrReachingOtherPieces_IsSaidToo()
    {
        // Sharing the pieces' names is not restating: "the licensing terms listed first and second" is in both.
        var innocuous = Finding("On its own review of the document, the court finds the licensing terms listed first and second innocuous: nothing there could be used for scandalous purposes.", cited: false, "terms");
        var stands = Weighing("No reason sufficient to overcome the presumption of access has been shown for the licensing terms listed first and second; they stay public.", false, "terms");
        Assert.Equal(2, Said(innocuous, stands).Count);

        // The weighing reaches a piece the finding does not name: it is not a restatement of it.
        Assert.Equal(2, Said(Finding(Deduce, cited: false, "name"), Weighing(Because, false, "name", "city")).Count);
    }
}
