using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/unsupported-designation")]
[Description("Material another party designated confidential, which that party does not itself support with a showing, is filed publicly.")]
[Tag("never-suffices"), Cites("pintos-burden", "kamakana-blanket-protective-order"), Priority(Stratum.Premises)]
[Cure("The party that designated the material must itself show, with a declaration, the specific harm disclosure would cause; the filing party cannot supply that showing for it.")]
public sealed class OtherPartysDesignationLeftUnsupported : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.DesignatedBy != Designator.Movant, i => i.TraditionallySecret == TraditionallySecret.None)
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.OfferedBy == OfferedBy.DesignatingParty);

        Then()
            .Yield(ctx => new UnsupportedDesignation(info.Id))
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                "The material was designated confidential by another party, which has not itself come forward to show why it should be sealed. The burden is on the party that wants secrecy, and a designation is no substitute for that showing.", info.Id),
                "the party that designated the material has not itself supported sealing it"));
    }
}
