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
        LawDate law = default!;

        When()
            .Match(() => motion, m => m.StatedRelation != null)
            .Match(() => law);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, motion.StatedRelation!.Value, Step.Of(ctx.Rule.Name,
                law.AsOf < LawDates.CenterForAutoSafety
                    ? $"The request states that {Phrases.Filing(motion.Filing)} is {(motion.StatedRelation == MeritsRelation.Tangential ? "non-dispositive" : "dispositive")} here; the engine follows that classification rather than its own reading of the filing."
                    : $"The request states that {Phrases.Filing(motion.Filing)} is {(motion.StatedRelation == MeritsRelation.Tangential ? "only tangentially" : "more than tangentially")} related to the merits; the engine follows that classification rather than its own reading of the filing.")));
    }
}
