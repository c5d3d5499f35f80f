using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/burden")]
[Description("The party seeking to seal bears the burden of overcoming the presumption of access.")]
[Tag("access"), Cites("foltz-strong-presumption", "pintos-burden"), Priority(Stratum.Access)]
public sealed class MovantBearsTheBurden : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.Posture == Posture.MotionToSeal)
            .Exists<Item>(i => i.MotionId == motion.Id, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Framing(motion.Id, 2, Step.Of(ctx.Rule.Name,
                motion.Movant == Movant.Joint
                    ? "As the parties seeking to seal, the parties bear the burden of overcoming that presumption; what they do not show stays public."
                    : $"As the party seeking to seal, {Phrases.Movant(motion.Movant)} bears the burden of overcoming that presumption; what it does not show stays public.")));
    }
}
