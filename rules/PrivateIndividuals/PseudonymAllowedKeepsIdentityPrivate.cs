using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/pseudonym-allowed")]
[Description("Where the court has let a person proceed under a pseudonym, having found that special circumstances justify keeping their identity secret, the name and the details that would identify them are kept out of the public filings: showing them would undo that order.")]
[Tag("secrecy"), Tag("privacy"), Cites("advanced-textile-anonymity"), Priority(Stratum.Reasons)]
public sealed class PseudonymAllowedKeepsIdentityPrivate : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.PseudonymAllowed, i => Taxonomy.PointsToAPerson(i.Kind));

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The court has allowed the person the {info.Words} {info.Verb("identifies", "identify")} to proceed under a pseudonym, having found that special circumstances justify keeping their identity from the public; a public filing that showed the {info.Words} would undo that order.", info.Id),
                "the court has allowed the person it identifies to proceed under a pseudonym"));
    }
}
