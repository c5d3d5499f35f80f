using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/discovery-motion")]
[Description("Discovery motions are usually only tangentially related to the merits.")]
[Tag("standard"), Cites("kamakana-good-cause-nondispositive", "pintos-good-cause-nondispositive"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class DiscoveryMotionsAreTangential : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => m.Filing == UnderlyingFiling.Discovery)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.Tangential, Step.Of(ctx.Rule.Name,
                "The material is attached to a discovery motion, which is only tangentially related to the merits of the case.")));
    }
}
