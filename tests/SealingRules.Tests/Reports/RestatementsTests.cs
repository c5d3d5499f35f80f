using SealingRules.Contract;
using SealingRules.Reports;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>A weighing step that restates the one-sentence finding before it is said once, with both steps' citations.</summary>
public sealed class RestatementsTests
{
    private static readonly CitationResult Hedrick = new("hedrick-redactions", "Hedrick");
    private static readonly CitationResult Kamakana = new("kamakana-particularized-showing", "Kamakana");

    private static StepResult Finding(string text, params string[] concerns) => new("privacy/identifying-details", text, concerns, [Hedrick]);

    private static StepResult Weighing(string text, bool answers, params string[] concerns)
        => new(answers ? "weighing/access-required" : "weighing/sufficient-reason", text, concerns, [Kamakana]) { PrevailsOver = answers ? ["compelling/risk-to-persons"] : null };

    private const string Deduce = "The name is a detail that could let someone familiar with the individuals deduce who they are.";
    private const string Because = "Because the name could let someone familiar with the individuals deduce who they are, the presumption of access is overcome as to the name.";

    [Fact]
    public void AWeighingThatOnlyConcludesFromTheFindingBeforeIt_IsNotSaidAgain_AndLendsItsCitation()
    {
        var said = Restatements.Drop([Finding(Deduce, "name"), Weighing(Because, false, "name")]);

        var one = Assert.Single(said);
        Assert.Equal(Deduce, one.Finding);
        Assert.Equal(["hedrick-redactions", "kamakana-particularized-showing"], one.Authorities.Select(a => a.Id));
    }

    [Fact]
    public void AWeighingThatAnswersAFindingLeaningTheOtherWay_IsTheOneSaid()
    {
        const string stays = "Once the identifying details are redacted, the gender and blood type will likely not let the public determine who they are; they stay public.";
        const string although = "Although the people have shown a safety interest, once the identifying details are redacted, the gender and blood type will likely not let the public determine who they are; all of them stay public.";

        var said = Restatements.Drop([Finding(stays, "gender", "blood"), Weighing(although, true, "gender", "blood")]);

        Assert.Equal(although, Assert.Single(said).Finding);
        Assert.Equal(2, said[0].Authorities.Count);
    }

    [Fact]
    public void AFindingOfSeveralSentences_IsDoctrine_AndStays()
    {
        var doctrine = Finding("By taking public office the officials' privacy is reduced. The public has no comparable interest in their phone numbers, and the officials keep some privacy in them.", "phone");
        var weighing = Weighing("The officials keep some privacy in their phone numbers, in which the public has no comparable interest in them at all.", true, "phone");

        Assert.Equal(2, Restatements.Drop([doctrine, weighing]).Count);
    }

    [Fact]
    public void AWeighingThatSharesNoRunOfSixWords_OrReachesOtherPieces_IsSaidToo()
    {
        var email = Finding("The officials have no similar privacy interest in their email addresses, which repeat their names.", "email");
        var concludes = Weighing("Because the officials have no comparable privacy interest in official email addresses, the email address stays public.", false, "email");
        Assert.Equal(2, Restatements.Drop([email, concludes]).Count);

        // The weighing reaches a piece the finding does not name: it is not a restatement of it.
        Assert.Equal(2, Restatements.Drop([Finding(Deduce, "name"), Weighing(Because, false, "name", "city")]).Count);
    }
}
