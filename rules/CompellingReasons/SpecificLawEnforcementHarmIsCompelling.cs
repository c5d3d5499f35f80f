using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

/// <summary>
/// Interference with law enforcement shown with specific facts (an investigation's witnesses, targets or methods, and
/// how disclosure would reach them) is a reason of its own, not a security vulnerability: a claim that an investigation
/// is ongoing proves nothing about locks or cameras, and the finding says what was shown.
/// </summary>
[Name("compelling/law-enforcement-harm")]
[Description("A specific showing of how disclosure would interfere with law enforcement (an investigation, its witnesses or methods) is a compelling reason; a blanket claim of a law-enforcement interest is not.")]
[Tag("secrecy"), Tag("compelling-reasons"), Tag("law-enforcement"), Cites("kamakana-particularized-showing", "unknown-parties-particularized"), Priority(Stratum.Reasons)]
public sealed class SpecificLawEnforcementHarmIsCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific, c => c.Kind == HarmKind.LawEnforcementInterference)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} how disclosure would interfere with law enforcement, not merely that an investigation exists; a particularized showing of that harm, unlike a blanket claim of a law-enforcement interest, is a compelling reason.", claim.InformationId),
                $"disclosure would interfere with law enforcement, as {Claimant.Of(claim)} {Claimant.Shows(claim)}"));
    }
}
