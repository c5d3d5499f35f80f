using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/pre-2016-non-dispositive")]
[Description("Before Center for Auto Safety (Jan. 11, 2016), material attached to non-dispositive motions needed only good cause.")]
[Tag("standard"), Tag("dated"), Cites("kamakana-good-cause-nondispositive"), InForce(Until = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class NonDispositiveMotionsBeforeCenterForAutoSafety : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => !Taxonomy.DecidesTheMerits(m.Filing),
                m => m.Filing != UnderlyingFiling.UnfiledDiscovery)
            .Match<LawDate>(d => d.AsOf < LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.Tangential, Step.Of(ctx.Rule.Name,
                $"The material is attached to {Phrases.Filing(motion.Filing)}, a non-dispositive filing.")));
    }
}
