using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.GoodCause;

[Name("good-cause/specific-harm")]
[Description("A particularized showing of specific harm (including annoyance, embarrassment or oppression) is good cause; exposure to further litigation is not such a harm.")]
[Tag("secrecy"), Tag("good-cause"), Cites("r26c-good-cause", "phillips-particularized-harm"), Priority(Stratum.Reasons)]
public sealed class SpecificHarmIsGoodCause : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind != HarmKind.CompetitiveHarm && c.Kind != HarmKind.TradeSecretDisclosure,
                c => c.Kind != HarmKind.FurtherLitigation)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.GoodCause);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} makes a particularized showing that disclosure would cause {Phrases.Harm(claim.Kind)}: specific prejudice or harm, which is good cause under Rule 26(c).", claim.InformationId),
                $"{Claimant.Of(claim)}'s particularized showing of {Phrases.Harm(claim.Kind)} is good cause"));
    }
}
