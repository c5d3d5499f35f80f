using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/already-public")]
[Description("Information already in the public domain cannot be made secret again by sealing the court's copy.")]
[Tag("never-suffices"), Cites("kamakana-already-public", "foltz-strong-presumption"), Priority(Stratum.Reasons)]
public sealed class AlreadyPublicInformation : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.PublicElsewhere, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.AccessRequired, false, Step.Of(ctx.Rule.Name,
                "The information is already in the public domain. Sealing the court's copy would protect no interest that could outweigh the public's interest in access, so the presumption of access is not overcome.", info.Id),
                "the information is already in the public domain, and sealing the court's copy cannot restore a secrecy already lost"));
    }
}
