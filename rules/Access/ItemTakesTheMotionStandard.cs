using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/item-standard")]
[Description("An ordinary judicial record is judged by the standard that governs the motion it is filed with.")]
[Tag("standard"), Cites("kamakana-dispositive-compelling", "kamakana-good-cause-nondispositive", "cas-two-standards"), Priority(Stratum.Access)]
public sealed class ItemTakesTheMotionStandard : Rule
{
    public override void Define()
    {
        Item item = default!;
        MotionStandard standard = default!;

        When()
            .Match(() => item, i => i.TraditionallySecret == TraditionallySecret.None)
            .Match(() => standard, s => s.MotionId == item.MotionId);

        Then()
            .Yield(_ => new ItemStandard(item.Id, standard.Standard, null));
    }
}
