using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/merits-filing")]
[Description("Complaints, motions to dismiss, summary judgment, trial and settlement approval go to the merits.")]
[Tag("standard"), Cites("cas-tangential-test"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class MeritsFilingsAreMoreThanTangential : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => Taxonomy.DecidesTheMerits(m.Filing))
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.MoreThanTangential, Step.Of(ctx.Rule.Name,
                $"The material is attached to {Phrases.Filing(motion.Filing)}, which goes to the merits of the case: it is more than tangentially related to the underlying cause of action.")));
    }
}
