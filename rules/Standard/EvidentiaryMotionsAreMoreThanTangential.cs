using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/evidentiary-motion")]
[Description("Motions in limine and Daubert motions that shape what the fact-finder hears are treated as more than tangentially related to the merits.")]
[CloseCall("District courts split on whether motions in limine and Daubert motions are more than tangentially related to the merits; papers said to be only tangentially related to the merits need only good cause.")]
[Tag("standard"), Tag("split"), Cites("cas-tangential-test", "cas-routine-mil", "cas-evidentiary-motions"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class EvidentiaryMotionsAreMoreThanTangential : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null,
                m => m.Filing == UnderlyingFiling.MotionInLimine || m.Filing == UnderlyingFiling.Daubert)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.MoreThanTangential, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Phrases.Filing(motion.Filing))} decides what evidence reaches the fact-finder on the merits; the test is its relation to the merits, not its label, and the court treats it as more than tangentially related.")))
            .Yield(ctx => new Caution(motion.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.MotionNamed(motion.Id)}: district courts divide on whether the papers of {Phrases.Filing(motion.Filing)} are more than tangentially related to the merits; the engine applies compelling reasons, as Center for Auto Safety's account of such motions suggests. No order applying good cause to them since 2016 was confirmed, so none is named for that view. Where the motion is unrelated to the merits, say so (relationToMerits: tangential).")) { AboutTheMotion = true });
    }
}
