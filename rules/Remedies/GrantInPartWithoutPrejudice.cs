using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/granted-in-part-without-prejudice")]
[Description("A motion some but not all of whose items get the relief requested, where a better showing could cure the rest, is granted in part and otherwise denied without prejudice.")]
[Tag("remedy"), Cites("aol-without-prejudice", "brady-denied-without-prejudice", "upadhyay-denied-without-prejudice", "mitchell-denied-without-prejudice", "kristensen-denied-without-prejudice", "randall-denied-without-prejudice", "wong-denied-without-prejudice"), Priority(Stratum.Remedy)]
public sealed class GrantInPartWithoutPrejudice : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        MotionStandard standard = default!;
        IEnumerable<ItemRuling> items = default!;

        When()
            .Match(() => motion)
            .Match(() => standard, s => s.MotionId == motion.Id)
            .Query(() => items, q => q
                .Match<ItemRuling>(r => r.MotionId == motion.Id)
                .Collect()
                .Where(c => c.Count() == motion.ItemCount && c.Any(r => r.Relief == Relief.Full) && c.Any(r => r.Relief != Relief.Full)
                    && c.Any(r => r.Relief != Relief.Full && r.Curable)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.GrantedInPart, true, Step.Of(ctx.Rule.Name, motion.Posture == Posture.MotionToUnseal ? Remedy.Unsealing(items) :
                $"Some items receive the relief requested and others do not; the motion is granted in part and denied in part, the denial without prejudice to an amended motion that more fully addresses the {Remedy.Showing(standard.Standard)} supporting sealing.")));
    }
}
