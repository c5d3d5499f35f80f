using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/granted")]
[Description("Structural, citing nothing: it adds up the items' rulings, each of which cites its own authority. A motion every item of which gets the relief requested is granted.")]
[Tag("remedy"), Priority(Stratum.Remedy)]
public sealed class GrantWhenEveryItemGetsItsRelief : Rule
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
                .Where(c => c.Count() == motion.ItemCount && c.All(r => r.Relief == Relief.Full)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.Granted, false, Step.Of(ctx.Rule.Name, motion.Posture == Posture.MotionToUnseal ? Remedy.Unsealing(items) :
                "Every item receives the relief requested; the motion is granted.")));
    }
}
