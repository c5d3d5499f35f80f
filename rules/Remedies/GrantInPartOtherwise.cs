using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/granted-in-part")]
[Description("A motion some but not all of whose items get the relief requested is granted in part and denied in part.")]
[Tag("remedy"), Cites("aol-without-prejudice"), Priority(Stratum.Remedy)]
public sealed class GrantInPartOtherwise : Rule
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
                .Where(c => c.Count() == motion.ItemCount && c.Any(r => r.Relief == Relief.Full) && c.Any(r => r.Relief != Relief.Full)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.GrantedInPart, items.Any(r => r.Relief != Relief.Full && r.Curable), Step.Of(ctx.Rule.Name,
                "Some items receive the relief requested and others do not; the motion is granted in part and denied in part" +
                (items.Any(r => r.Relief != Relief.Full && r.Curable)
                    ? ", the denial without prejudice to an amended motion that more fully states the reasons for sealing."
                    : "."))));
    }
}
