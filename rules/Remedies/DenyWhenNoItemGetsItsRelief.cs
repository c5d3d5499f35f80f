using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/denied")]
[Description("A motion no item of which gets the relief requested is denied, without prejudice where a better showing could cure the defect; narrower redactions may still be ordered.")]
[Tag("remedy"), Cites("aol-without-prejudice"), Priority(Stratum.Remedy)]
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
                .Where(c => c.Count() == motion.ItemCount && c.All(r => r.Relief != Relief.Full)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.Denied, items.Any(r => r.Curable), Step.Of(ctx.Rule.Name,
                (items.Any(r => r.Relief == Relief.Partial)
                    ? "No item receives the relief requested, although narrower redactions are allowed; the motion is denied"
                    : "No item receives the relief requested; the motion is denied") +
                (items.Any(r => r.Curable)
                    ? " without prejudice. The movant may file an amended motion that more fully states the reasons for sealing; if it does not, the items are to be filed as ordered."
                    : "."))));
    }
}
