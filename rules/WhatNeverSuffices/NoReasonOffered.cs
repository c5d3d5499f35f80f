using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/no-reason")]
[Description("Where the movant offers no reason at all for keeping information from the public, the presumption of access stands.")]
[Tag("never-suffices"), Cites("pintos-burden", Earlier = ["foltz-strong-presumption"]), Priority(Stratum.Reasons)]
[Cure("State why this information should be kept from the public and support it with specific facts; a motion that offers no reason cannot carry the movant's burden.")]
public sealed class NoReasonOffered : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<Item>(i => i.Id == info.ItemId, i => !i.ProtectiveOrderOnly, i => i.TraditionallySecret == TraditionallySecret.None)
            .Not<HarmClaim>(c => c.InformationId == info.Id);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"The movant offers no specific reason of its own for keeping the {info.Words} from the public.", info.Id),
                $"the movant offers no specific reason of its own for the {info.Words}"));
    }
}
