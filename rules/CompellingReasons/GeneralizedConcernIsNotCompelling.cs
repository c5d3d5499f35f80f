using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/generalized")]
[Description("A general concern, not tied by specific facts to this information, is not a compelling reason.")]
[Tag("compelling-reasons"), Tag("showing"), Cites("kamakana-particularized-showing", "unknown-parties-particularized"), Priority(Stratum.Reasons)]
[Cure("Show, for this information, the specific prejudice or harm its disclosure would cause, with the facts that make it likely, in a declaration.")]
public sealed class GeneralizedConcernIsNotCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Generalized, c => !Taxonomy.NeverCompellingAlone(c.Kind),
                c => c.Kind != HarmKind.SecurityVulnerability && c.Kind != HarmKind.LawEnforcementInterference)
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)}'s concern about {Phrases.RiskOf(claim.Kind)} is stated in general terms; blanket claims do not suffice, and {Claimant.Of(claim)} must show specific prejudice or harm flowing from disclosure of this specific information.", claim.InformationId),
                $"{Claimant.Of(claim)}'s concern about {Phrases.RiskOf(claim.Kind)} is stated only in general terms"));
    }
}
