using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PublicOfficials;

[Name("officials/official-email")]
[Description("Officials' email addresses on official accounts, whose names are not withheld, carry no comparable privacy interest.")]
[Tag("public-officials"), Tag("privacy"), Cites("aol-official-emails", "lissner-diminished-privacy"), Priority(Stratum.Reasons)]
public sealed class OfficialEmailAddressesStayPublic : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.EmailAddress, i => i.About == Subject.PublicOfficial,
                i => i.Channel != Channel.Personal)
            .Not<Information>(n => n.ItemId == info.ItemId, n => n.Kind == InformationKind.Name, n => n.About == Subject.PublicOfficial);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.AccessRequired, false, Step.Of(ctx.Rule.Name,
                "The officials have no similar privacy interest in their email addresses: the accounts are official, not personal; the movant does not seek to withhold the officials' names, which the usernames simply repeat; and unwanted messages to an email address are easily filtered, so disclosure exposes the officials to little annoyance or harassment.", info.Id),
                "the officials have no comparable privacy interest in official email addresses that repeat their public names"));
    }
}
