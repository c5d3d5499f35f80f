using SealingRules.Model;
using SealingRules.Reading;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Where the words of a safety or persecution reason tie the danger to the person's being identified, withholding what
/// identifies the person answers it, and the rest of their information stays public
/// (tailoring/anonymity-answers-the-danger).
/// </summary>
public sealed class DangerFromIdentityTests
{
    [Theory]
    [InlineData("If my name appears on this habeas petition, inmates would learn that I cooperated.", "If my name appears")]
    [InlineData("Publishing his identity would expose him to the cartel he informed on.", "Publishing his identity")]
    [InlineData("Gang members who read the docket could identify him as the witness who testified.", "identify him")]
    [InlineData("She seeks to remain anonymous because her abuser has threatened to kill her.", "remain anonymous")]
    [InlineData("The persecutors would learn who she is and punish her family at home.", "who she is")]
    [InlineData("Once the plaintiff's name is made public, the traffickers will know where to find her.", "Once the plaintiff's name is made public")]
    // Doe v. University Accounting Service (S.D. Cal. 2022): the alternative the movant offers is the name withheld.
    [InlineData("He asks the Court to seal the entire record or, in the alternative, to replace his name with the pseudonym \"John Doe.\"", "replace his name with the pseudonym")]
    [InlineData("She asks leave to proceed under a pseudonym because her abuser has threatened her.", "under a pseudonym")]
    [InlineData("If this petition is published under my name, gang members will attack me.", "published under my name")]
    [InlineData("I ask that my name be replaced with Doe.", "my name be replaced")]
    public void WordsThatTieTheDangerToTheIdentity_AreFound(string statement, string words)
        => Assert.Equal(words, StatementReader.DangerFromIdentity(statement));

    [Theory]
    // The danger in what the record says, not in who the person is.
    [InlineData("The report describes the prison's escort routes, which inmates would use to plan an escape.")]
    [InlineData("If the petition's account of my testimony is published, the gang would know I cooperated.")]
    // Negated, or identity as a subject of the record rather than the source of the danger.
    [InlineData("Disclosure would not reveal his identity; the danger is in the escort schedule it describes.")]
    [InlineData("The officers must identify the documents they rely on, and disclosure would endanger them.")]
    public void DangerInTheRecordItself_OrNegated_IsNotTiedToTheIdentity(string statement)
        => Assert.Null(StatementReader.DangerFromIdentity(statement));

    private const string Petition = """
        {"schemaVersion":1,"court":"N.D. Cal.","asOf":"2012-06-12","motions":[{"id":"ECF 1","movant":"plaintiff","underlyingFiling":"other",
         "items":[{"id":"action","title":"The habeas action","request":"seal",
          "information":[{"id":"name","kind":"name","about":"party"},{"id":"proceedings","kind":"other","about":"party"}],
          "harms":[HARMS]}]}]}
        """;

    private const string Strong = """{"kind":"safety","evidence":"declaration","statement":"Two years ago I testified for the prosecution against members of the Nuestra Familia gang. Since then I have received two written threats in prison, attached as Exhibits A and B, saying I would be killed as a snitch. WORDS"}""";

    private static SealingRules.Contract.ItemResult Evaluate(string harms) => Shared.Service.Evaluate(Petition.Replace("HARMS", harms, StringComparison.Ordinal)).Motions[0].Items[0];

    [Fact]
    public void ADangerFromBeingIdentified_IsAnsweredByWithholdingTheName_AndTheRestStaysPublic()
    {
        var item = Evaluate(Strong.Replace("WORDS", "If my name appears on this petition, inmates would learn that I cooperated and attack me.", StringComparison.Ordinal));

        Assert.Equal(Outcome.Redact, item.Outcome);
        Assert.Equal(["name"], item.Redact);
        var step = Assert.Single(item.Reasoning, s => s.Rule == "tailoring/anonymity-answers-the-danger");
        Assert.Contains("“If my name appears”", step.Finding, StringComparison.Ordinal);
        Assert.Equal(["proceedings"], step.Concerns);
    }

    [Fact]
    public void TheSameDanger_FromWhatThePetitionSays_SealsTheWhole()
    {
        var item = Evaluate(Strong.Replace("WORDS", "The petition recounts my testimony in detail, and inmates who read it would attack me.", StringComparison.Ordinal));

        Assert.Equal(Outcome.Seal, item.Outcome);
        Assert.DoesNotContain(item.Reasoning, s => s.Rule == "tailoring/anonymity-answers-the-danger");
    }

    [Fact]
    public void AReasonOfItsOwnForTheRest_IsNotAnsweredByAnonymity()
    {
        var item = Evaluate(Strong.Replace("WORDS", "If my name appears on this petition, inmates would attack me.", StringComparison.Ordinal)
            + ""","""
            + """{"kind":"privacy","evidence":"declaration","statement":"The petition sets out my psychiatric diagnoses and the medication I take, which have nothing to do with the claims."}""");

        Assert.DoesNotContain(item.Reasoning, s => s.Rule == "tailoring/anonymity-answers-the-danger");
    }
}
