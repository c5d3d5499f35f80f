using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/sealed-elsewhere")]
[Description("An earlier sealing of the material, by another court or by an earlier order in this case, does not by itself justify sealing it with this filing; the movant must show reasons that meet the standard governing this filing.")]
[Tag("never-suffices"), Cites("kamakana-particularized-showing", "gordon-earlier-order-not-enough"), Priority(Stratum.Reasons)]
[Cure("Show, for this filing and under the standard that governs it, the specific harm disclosure would cause; an earlier sealing (perhaps on a lesser showing, or of a different scope) does not carry over.")]
public sealed class EarlierSealingIsNotAReason : Rule
{
    public override void Define()
    {
        Information info = default!;
        Item item = default!;

        When()
            .Match(() => info)
            .Match(() => item, i => i.Id == info.ItemId, i => i.RestsOn.Contains(Ground.SealedElsewhere), i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Claimant.ForItem(item))} relies on an earlier sealing of the {info.Words}. An earlier order, here or in another court, does not decide this motion: {Claimant.ForItem(item)} must make, for this filing, the particularized showing that outweighs the public's interest in access.", info.Id),
                "an earlier sealing does not itself justify sealing this filing"));
    }
}
