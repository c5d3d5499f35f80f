using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/granted-in-part")]
[Description("A motion some but not all of whose items get the relief requested, the rest on grounds a better showing could not cure, is granted in part and denied in part.")]
[Tag("remedy"), Cites("foltz-strong-presumption"), Priority(Stratum.Remedy)]
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
                .Where(c => c.Count() == motion.ItemCount && c.Any(r => r.Relief == Relief.Full) && c.Any(r => r.Relief != Relief.Full)
                    && !c.Any(r => r.Relief != Relief.Full && r.Curable)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.GrantedInPart, false, Step.Of(ctx.Rule.Name, motion.Posture == Posture.MotionToUnseal ? Remedy.Unsealing(items) :
                "Some items receive the relief requested and others do not; the motion is granted in part and denied in part.")));
    }
}
