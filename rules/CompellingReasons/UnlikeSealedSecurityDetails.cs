using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/unlike-sealed-security-details")]
[Description("Information that reveals none of the security details courts have sealed (where guards are posted, when doors and alarms are off, how a border is monitored) is distinguished from those cases.")]
[Tag("compelling-reasons"), Tag("law-enforcement"), Cites("bell-security-specific", "kelly-serco-technical"), Priority(Stratum.Reasons)]
public sealed class UnlikeSealedSecurityDetails : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing != Showing.Specific,
                c => c.Kind == HarmKind.SecurityVulnerability || c.Kind == HarmKind.LawEnforcementInterference)
            .Exists<Information>(n => n.Id == claim.InformationId, n => !Taxonomy.RevealsSecurityDetails(n.Kind))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                "This is unlike the cases in which security concerns warranted sealing: nothing here reveals where agents or employees are positioned, when doors are unlocked or alarms deactivated, or the locations, technical specifications and capabilities of the systems that monitor and secure the border.", claim.InformationId),
                "nothing in the information reveals the kind of security details courts have sealed"));
    }
}
