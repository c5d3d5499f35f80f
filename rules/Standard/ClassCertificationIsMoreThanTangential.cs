using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/class-certification")]
[Description("A motion for class certification is more than tangentially related to the merits (the view the seed order follows).")]
[CloseCall("District courts split on whether class-certification papers need compelling reasons or only good cause; papers said to be only tangentially related to the merits need only good cause.")]
[Tag("standard"), Tag("split"), Cites("baker-class-cert-seed"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
[Split(Follows = ["caudle-class-cert-compelling", "mohamed-class-cert-compelling", "bennett-class-cert-order-compelling"],
    OtherView = ["ncaa-class-cert-nondispositive"])]
public sealed class ClassCertificationIsMoreThanTangential : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => m.Filing == UnderlyingFiling.ClassCertification)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.MoreThanTangential, Step.Of(ctx.Rule.Name,
                "A motion for class certification is more than tangentially related to the merits of the case.")))
            .Yield(ctx => new Caution(motion.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.MotionNamed(motion.Id)}: district courts have not all treated class-certification papers alike. The engine follows the view, taken by most courts since Center for Auto Safety, that they are more than tangentially related to the merits (compelling reasons); the other view, that they are non-dispositive and need only good cause, was the usual one in the Northern District before 2016, and no order taking it since was confirmed. Saying the papers are only tangentially related to the merits (relationToMerits: tangential) applies it.")) { AboutTheMotion = true });
    }
}
