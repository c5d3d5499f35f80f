using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/no-showing")]
[Description("Naming a harm without any showing to support it is not a compelling reason.")]
[Tag("compelling-reasons"), Tag("showing"), Cites("kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
[Cure("Support the claimed harm with specific facts tied to this information.")]
public sealed class UnsupportedAssertionIsNotCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.None, c => !Taxonomy.NeverCompellingAlone(c.Kind))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} names {Phrases.RiskOf(claim.Kind)} but offers nothing to show it; compelling reasons must be supported by specific factual findings.", claim.InformationId),
                $"{Claimant.Of(claim)} offers nothing to show {Phrases.RiskOf(claim.Kind)}"));
    }
}
