using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/conclusory")]
[Description("A bare assertion that material is confidential or harmful is not a compelling reason.")]
[Tag("compelling-reasons"), Tag("showing"), Cites("kamakana-conclusory"), Priority(Stratum.Reasons)]
[Cure("Replace the bare assertion with a declaration from someone with knowledge that states the specific harm disclosure of this information would cause, and how.")]
public sealed class ConclusoryShowingIsNotCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Conclusory, c => !Taxonomy.NeverCompellingAlone(c.Kind))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} asserts {Phrases.RiskOf(claim.Kind)} but only in conclusory terms; conclusory statements that material is confidential and that disclosure would cause harm are not compelling reasons.", claim.InformationId),
                $"{Claimant.Of(claim)}'s assertion of {Phrases.RiskOf(claim.Kind)} is conclusory"));
    }
}
