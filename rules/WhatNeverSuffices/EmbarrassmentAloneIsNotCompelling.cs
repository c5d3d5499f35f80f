using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/embarrassment")]
[Description("The mere fact that disclosure may embarrass or incriminate a litigant, harm its reputation, or expose it to further litigation does not alone compel sealing.")]
[Tag("compelling-reasons"), Tag("never-suffices"), Cites("kamakana-embarrassment-insufficient"), Priority(Stratum.Reasons)]
[Cure("Embarrassment, incrimination, reputation and litigation exposure cannot carry a compelling-reasons motion; identify a different, cognizable harm (e.g. competitive harm, safety, privacy of private individuals) with specific facts.")]
public sealed class EmbarrassmentAloneIsNotCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => Taxonomy.NeverCompellingAlone(c.Kind))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} fears {Phrases.Harm(claim.Kind)}. The mere fact that disclosure may lead to a litigant's embarrassment, incrimination, reputational harm or exposure to further litigation does not, without more, compel sealing.", claim.InformationId),
                $"the fear of {Phrases.Harm(claim.Kind)} does not, without more, compel sealing"));
    }
}
