using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/party-type-from-caption")]
[Description("Structural, citing nothing: it decides no question of law, only says what the engine read from the caption. Where the request does not say whether a party is a person and the caption names only organizations, a privacy claim for that party's information is weighed as an organization's, and the engine says so; not where the item rests on a privilege, which an organization holds as a person does, so the assumption decides nothing.")]
[Tag("never-suffices"), Tag("privacy"), Tag("assumption"), Priority(Stratum.Reasons)]
public sealed class PartyTypeReadFromTheCaption : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.About == Subject.Party, i => i.PartyTypeFromCaption, i => i.PartyType == PartyType.Organization)
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy)
            .Not<Item>(i => i.Id == info.ItemId, i => i.RestsOn.Contains(Ground.Privilege));

        Then()
            .Yield(ctx => new Caution(info.Id, Step.Of(ctx.Rule.Name,
                $"Information {info.Id}: the caption names only organizations, so the engine took the party the {info.Words} concerns to be one, with no personal privacy of its own. If that party is a person, say so (partyType: person); if it is an organization, say that (partyType: organization).", info.Id)));
    }
}
