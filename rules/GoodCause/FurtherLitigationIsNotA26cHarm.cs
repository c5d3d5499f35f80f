using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.GoodCause;

// Rule 26(c)(1) names the harms a protective order guards against; exposure to more lawsuits is not one of them, and
// Kamakana at 1179 says that exposure does not, without more, justify sealing. However particular the showing, it is
// not good cause by itself (so the what-if never advises a party to prove it).
[Name("good-cause/further-litigation")]
[Description("Exposure to further litigation is not among the harms Rule 26(c) protects against (annoyance, embarrassment, oppression, undue burden or expense) and, without more, does not justify sealing, however particular the showing.")]
[Tag("good-cause"), Tag("never-suffices"), Cites("r26c-good-cause", "kamakana-embarrassment-insufficient"), Priority(Stratum.Reasons)]
[Cure("Exposure to further litigation is not a harm the law protects against; identify a harm Rule 26(c) names (annoyance, embarrassment, oppression, undue burden or expense) or a competitive or privacy harm, and show it with specific facts.")]
public sealed class FurtherLitigationIsNotA26cHarm : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Kind == HarmKind.FurtherLitigation, c => c.Showing == Showing.Specific)
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.GoodCause);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} shows that disclosure would expose it to further litigation. That is not among the harms Rule 26(c) protects against (annoyance, embarrassment, oppression, or undue burden or expense), and exposure to further litigation does not, without more, justify keeping court records from the public.", claim.InformationId),
                "exposure to further litigation is not a harm Rule 26(c) protects against"));
    }
}
