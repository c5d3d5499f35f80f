using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/protective-order")]
[Description("A confidentiality designation under a protective order does not itself justify sealing.")]
[Tag("never-suffices"), Cites("kamakana-blanket-protective-order"), Priority(Stratum.Reasons)]
[Cure("A protective-order designation is not a reason to seal: the party that designated the material must show, for each document, the specific harm disclosure would cause.")]
public sealed class ProtectiveOrderDesignationIsNotAReason : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.ProtectiveOrderOnly, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                "The only support offered is that the material was designated confidential under a protective order; such a designation does not itself justify sealing, and the movant must still show why this particular information should be kept from the public.", info.Id),
                "a protective-order designation is the only support offered"));
    }
}
