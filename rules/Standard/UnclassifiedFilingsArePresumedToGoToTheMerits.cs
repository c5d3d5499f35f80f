using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/unclassified-filing")]
[Description("Where the filing's relation to the merits is not known, the engine keeps the strong presumption and applies compelling reasons.")]
[Tag("standard"), Cites("cas-tangential-test", "kamakana-strong-presumption"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class UnclassifiedFilingsArePresumedToGoToTheMerits : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m =>
                m.Filing == UnderlyingFiling.Sanctions || m.Filing == UnderlyingFiling.AttorneyFees ||
                m.Filing == UnderlyingFiling.Other)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.MoreThanTangential, Step.Of(ctx.Rule.Name,
                $"Whether {Phrases.Filing(motion.Filing)} is more than tangentially related to the merits depends on what it asks the court to decide; absent that, the strong presumption of access stands and compelling reasons are required.")))
            .Yield(ctx => new Caution(motion.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.MotionNamed(motion.Id)}: the engine assumed that {Phrases.Filing(motion.Filing)} is more than tangentially related to the merits. If it is only tangentially related, say so (relationToMerits: tangential) and good cause will apply.")) { AboutTheMotion = true });
    }
}
