using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/pre-2016-assumed-non-dispositive")]
[Description("Before Center for Auto Safety, where a filing's kind does not say whether it is dispositive, the engine treats it as non-dispositive and says so.")]
[Tag("standard"), Tag("assumption"), Tag("dated"), Cites("kamakana-good-cause-nondispositive"), InForce(Until = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class AssumedNonDispositiveBefore2016 : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null,
                m => m.Filing == UnderlyingFiling.Sanctions || m.Filing == UnderlyingFiling.AttorneyFees || m.Filing == UnderlyingFiling.Other)
            .Match<LawDate>(d => d.AsOf < LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new Caution(motion.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.MotionNamed(motion.Id)}: the engine assumed that {Phrases.Filing(motion.Filing)} is non-dispositive, so good cause applies. If the filing asks the court to decide the merits, say so (relationToMerits: more-than-tangential) and compelling reasons will apply.")) { AboutTheMotion = true });
    }
}
