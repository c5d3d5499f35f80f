using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/identifying-details")]
[Description("Names and details that would let someone who knows a non-party deduce who they are may be redacted when their privacy or safety is at stake.")]
[CloseCall("Which details identify a person is a judgment on the whole record; a showing that a detail is widely known, or that the person is at the heart of the claims, would tip it toward access.")]
[Tag("secrecy"), Tag("privacy"), Tag("discretionary"), Cites("aol-identifying-details", "hedrick-redactions"), Priority(Stratum.Reasons)]
public sealed class IdentifyingDetailsOfPrivateIndividuals : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.About == Subject.PrivateIndividual || i.About == Subject.Minor, i => !i.IsAtIssue,
                i => Taxonomy.IdentifiesAPerson(i.Kind), i => !Taxonomy.IsContactOrPersonalNumber(i.Kind))
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => !Taxonomy.NeverCompellingAlone(c.Kind));

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The {info.Words} {info.Verb("is a detail", "are details")} that, with the others in the record, could let someone familiar with the individuals deduce who they are; keeping {info.Verb("it", "them")} from the public protects their privacy and safety.", info.Id),
                $"the {info.Words} could let someone familiar with the individuals deduce who they are"));
    }
}
