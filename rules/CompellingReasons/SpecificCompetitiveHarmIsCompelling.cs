using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/competitive-harm")]
[Description("A specific showing that disclosure would release trade secrets or harm competitive standing is a compelling reason.")]
[Tag("secrecy"), Tag("compelling-reasons"), Tag("business"), Cites("kamakana-improper-purposes", "nixon-improper-purposes", "psystar-trade-secrets", "apple-samsung-competitive-standing"), Priority(Stratum.Reasons)]
public sealed class SpecificCompetitiveHarmIsCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind == HarmKind.CompetitiveHarm || c.Kind == HarmKind.TradeSecretDisclosure)
            .Not<Information>(n => n.Id == claim.InformationId, n => Taxonomy.IsContractPricing(n.Kind))
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} that disclosure would hand competitors business information that would harm its competitive standing; courts need not let their files serve as sources of such information, and that is a compelling reason.", claim.InformationId),
                $"disclosure would harm {Claimant.Of(claim)}'s competitive standing, as it {Claimant.Shows(claim)}"));
    }
}
