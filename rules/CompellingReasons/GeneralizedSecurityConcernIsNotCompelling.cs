using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/generalized-security")]
[Description("A vague concern that bad actors might exploit operational or law-enforcement information is not a compelling reason.")]
[Tag("compelling-reasons"), Tag("showing"), Tag("law-enforcement"), Cites("aol-generalized-security", "motley-generalized-concern", "unknown-parties-particularized", Earlier = ["kamakana-particularized-showing"]), Priority(Stratum.Reasons)]
[Cure("Identify the specific vulnerability this information would expose (for example, where agents are posted, when doors are unlocked, or the capabilities of security systems) and how it could be exploited, in a declaration from a responsible official.")]
public sealed class GeneralizedSecurityConcernIsNotCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Generalized,
                c => c.Kind == HarmKind.SecurityVulnerability || c.Kind == HarmKind.LawEnforcementInterference)
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                "It is unclear what vulnerability disclosure of this information would expose. A vague, generalized concern that bad actors might exploit it does not articulate the particularized harm the compelling-reasons standard requires; blanket claims of a law-enforcement interest do not suffice.", claim.InformationId),
                "the concern that bad actors might exploit the information is vague and generalized"));
    }
}
