using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/strong-presumption")]
[Description("Court records other than those traditionally kept secret start from a strong presumption of public access.")]
[Tag("access"), Cites("nixon-general-right", "kamakana-strong-presumption"), Priority(Stratum.Access)]
public sealed class StrongPresumptionOfAccess : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion)
            .Exists<Item>(i => i.MotionId == motion.Id, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Framing(motion.Id, 1, Step.Of(ctx.Rule.Name,
                "The public has a general right to inspect and copy judicial records. These records are not of a kind traditionally kept secret, so a strong presumption in favor of access is the starting point.")));
    }
}
