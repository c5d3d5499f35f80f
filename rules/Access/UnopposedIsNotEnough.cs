using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/unopposed")]
[Description("A motion to seal that no one opposes still needs the movant's showing and the court's own findings: the public's interest in access is not the parties' to waive.")]
[Tag("access"), Cites("kamakana-particularized-showing"), Priority(Stratum.Access)]
public sealed class UnopposedIsNotEnough : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.Opposed == false, m => m.Posture == Posture.MotionToSeal)
            .Exists<Item>(i => i.MotionId == motion.Id, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Framing(motion.Id, 3, Step.Of(ctx.Rule.Name,
                "No one opposes the motion. That does not relieve the party seeking sealing of its showing: the interest in access is the public's, and the court must still find, for each document, reasons that outweigh it.")));
    }
}
