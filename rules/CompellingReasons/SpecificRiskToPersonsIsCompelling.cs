using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/risk-to-persons")]
[Description("A specific showing that disclosure would endanger a person's safety, expose them to persecution or invade their privacy is a compelling reason.")]
[Tag("compelling-reasons"), Tag("privacy"), Cites("kamakana-compelling-reasons", "aol-identifying-details"), Priority(Stratum.Reasons)]
public sealed class SpecificRiskToPersonsIsCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind == HarmKind.Safety || c.Kind == HarmKind.Persecution || c.Kind == HarmKind.Privacy)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The movant shows with specific facts that disclosure would expose the people concerned to {Kebab.Of(claim.Kind).Replace('-', ' ')} harm; their interest in their personal safety and privacy is a compelling reason to keep this information from the public.", claim.InformationId)));
    }
}
