using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/stated-relation")]
[Description("The user's own classification of the filing's relation to the merits overrides the engine's.")]
[Tag("standard"), Cites("cas-tangential-test"), Priority(Stratum.Standard)]
public sealed class StatedRelationGoverns : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation != null);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, motion.StatedRelation!.Value, Step.Of(ctx.Rule.Name,
                $"The request states that {Phrases.Filing(motion.Filing)} is {(motion.StatedRelation == MeritsRelation.Tangential ? "only tangentially" : "more than tangentially")} related to the merits; the engine follows that classification rather than its own reading of the filing.")));
    }
}
