using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PublicOfficials;

[Name("officials/personal-email")]
[Description("An official's personal email account is a private contact detail, like a phone number.")]
[Tag("secrecy"), Tag("public-officials"), Tag("privacy"), Cites("lissner-diminished-privacy", "lahr-employee-privacy", "pintos-redaction-understanding"), Priority(Stratum.Reasons)]
public sealed class OfficialsPersonalEmailIsPrivate : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.EmailAddress, i => i.About == Subject.PublicOfficial,
                i => i.Channel == Channel.Personal, i => !i.IsAtIssue);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                "The address belongs to the official's personal account. Officials keep some privacy interest in personal contact details that could subject them to annoyance or harassment, and the public has no real interest in them.", info.Id),
                "an official keeps a privacy interest in a personal email account, in which the public has no real interest"));
    }
}
