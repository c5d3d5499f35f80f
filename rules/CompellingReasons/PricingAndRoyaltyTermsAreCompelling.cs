using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

/// <summary>
/// The contract terms the Ninth Circuit itself has held sealable, even in a trial exhibit: pricing terms, royalty rates
/// and guaranteed minimum payments. The general competitive-harm rule covers the rest of a business's information.
/// </summary>
[Name("compelling/pricing-and-royalty-terms")]
[Description("A specific showing that a contract's pricing, royalty or payment terms would harm competitive standing is a compelling reason.")]
[Tag("secrecy"), Tag("compelling-reasons"), Tag("business"), Cites("kamakana-improper-purposes", "ea-pricing-terms", "nixon-improper-purposes", "apple-samsung-competitive-standing"), Priority(Stratum.Reasons)]
public sealed class PricingAndRoyaltyTermsAreCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;
        Information info = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind == HarmKind.CompetitiveHarm || c.Kind == HarmKind.TradeSecretDisclosure)
            .Match(() => info, n => n.Id == claim.InformationId, n => Taxonomy.IsContractPricing(n.Kind))
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} that competitors would use the {Terms(info.Kind)} against it; such terms are the kind of business information courts seal even when the contract itself is in evidence, and that is a compelling reason.", claim.InformationId),
                // The finding is said once for every such term; the ruling on each names it by its own words.
                $"competitors would use the {info.Words} against {Claimant.Of(claim)}"));
    }

    // Said of the kind of term shown, so a price list is never described as carrying royalties.
    private static string Terms(InformationKind kind) => kind == InformationKind.LicensingTerms
        ? "royalty and other terms of its licenses"
        : "pricing and payment terms of its contracts";
}
