using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/denied")]
[Description("A motion no item of which gets the relief requested, on grounds a better showing could not cure, is denied; narrower redactions may still be ordered.")]
[Tag("remedy"), Cites("foltz-strong-presumption"), Priority(Stratum.Remedy)]
public sealed class DenyWhenNoItemGetsItsRelief : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        IEnumerable<ItemRuling> items = default!;

        When()
            .Match(() => motion)
            .Query(() => items, q => q
                .Match<ItemRuling>(r => r.MotionId == motion.Id)
                .Collect()
                .Where(c => c.Count() == motion.ItemCount && c.All(r => r.Relief != Relief.Full) && !c.Any(r => r.Curable)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.Denied, false, Step.Of(ctx.Rule.Name, motion.Posture == Posture.MotionToUnseal ? Remedy.Unsealing(items) :
                items.Any(r => r.Relief == Relief.Partial)
                    ? "No item receives the relief requested, although narrower redactions are allowed: the movant has not carried its burden of overcoming the presumption of access for the rest, and the motion is denied."
                    : "No item receives the relief requested: the movant has not carried its burden of overcoming the presumption of access, and the motion is denied.")));
    }
}
