using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.GoodCause;

[Name("good-cause/commercial-harm")]
[Description("A particularized showing of harm from disclosing trade secrets or confidential commercial information is good cause.")]
[Tag("secrecy"), Tag("good-cause"), Tag("business"), Cites("r26c-g-trade-secret", "phillips-particularized-harm"), Priority(Stratum.Reasons)]
public sealed class SpecificCommercialHarmIsGoodCause : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind == HarmKind.CompetitiveHarm || c.Kind == HarmKind.TradeSecretDisclosure)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.GoodCause);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} makes a particularized showing that disclosing this confidential commercial information would cause it specific harm; Rule 26(c) allows such information to be protected, and good cause is shown.", claim.InformationId),
                $"{Claimant.Of(claim)}'s particularized showing of harm from disclosing confidential commercial information is good cause"));
    }
}
