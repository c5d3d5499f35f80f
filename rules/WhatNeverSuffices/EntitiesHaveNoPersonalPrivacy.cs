using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/entity-privacy")]
[Description("Personal privacy is an interest of people; claimed for a business's or an agency's own information, it is no compelling reason. Not where the item rests on a privilege: there the privacy claim is the communication's confidentiality, which a company's privilege protects as much as a person's (privilege/shown, privilege/asserted weigh it).")]
[Tag("never-suffices"), Tag("privacy"), Cites("kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
[Cure("State the harm disclosure would do the business or agency itself (competitive harm, a specific security vulnerability), or the privacy of the individuals named in the information, with specific facts.")]
public sealed class EntitiesHaveNoPersonalPrivacy : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific, c => c.Kind == HarmKind.Privacy)
            .Exists<Information>(n => n.Id == claim.InformationId, n => !n.IsAPerson)
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons)
            .Not<Item>(i => i.Id == claim.ItemId, i => i.RestsOn.Contains(Ground.Privilege));

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"The information concerns a business or a government agency, not a person: personal privacy is not its interest, and {Claimant.Of(claim)} does not show what harm disclosure would do the entity itself or the people the information names.", claim.InformationId),
                "a business or an agency has no personal privacy of its own to protect"));
    }
}
