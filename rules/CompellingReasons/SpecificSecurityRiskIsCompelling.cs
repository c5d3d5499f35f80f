using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/security-risk")]
[Description("A specific showing that disclosure would expose an identified security vulnerability is a compelling reason.")]
[Tag("secrecy"), Tag("compelling-reasons"), Tag("law-enforcement"), Cites("bell-security-specific", "kelly-serco-technical"), Priority(Stratum.Reasons)]
public sealed class SpecificSecurityRiskIsCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind == HarmKind.SecurityVulnerability)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} identifies, with specific facts, the vulnerability disclosure would expose and how it could be exploited; security details of that kind may be kept from the public for compelling reasons.", claim.InformationId),
                $"disclosure would expose an identified security vulnerability, as {Claimant.Of(claim)} {Claimant.Shows(claim)}"));
    }
}
