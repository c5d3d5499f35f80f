using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/burden-on-unsealing")]
[Description("On a motion to unseal, the party that wants the records kept sealed still bears the burden of overcoming the presumption of access; the earlier sealing does not shift it.")]
[Tag("access"), Cites("foltz-strong-presumption", "pintos-burden"), Priority(Stratum.Access)]
public sealed class BurdenStaysOnUnsealing : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.Posture == Posture.MotionToUnseal)
            .Exists<Item>(i => i.MotionId == motion.Id, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Framing(motion.Id, 2, Step.Of(ctx.Rule.Name,
                motion.Movant == Movant.Joint
                    ? $"{Who(motion.UnsealMovant)} moves to unseal records already under seal. The burden does not shift: the parties, who want them kept sealed, must still overcome the presumption of access, and what they do not show is unsealed."
                    : $"{Who(motion.UnsealMovant)} moves to unseal records already under seal. The burden does not shift: {Phrases.Movant(motion)}, which wants them kept sealed, must still overcome the presumption of access, and what it does not show is unsealed.")));
    }

    private static string Who(UnsealMovant? who) => who switch
    {
        UnsealMovant.Press => "The press",
        UnsealMovant.Intervenor => "An intervenor",
        UnsealMovant.Party => "A party",
        _ => "A movant",
    };
}
