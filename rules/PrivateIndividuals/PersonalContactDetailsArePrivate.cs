using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/contact-details")]
[Description("Private people's addresses, phone numbers, birthdates, emergency contacts and personal numbers may be redacted: the public has no real interest in them.")]
[Tag("secrecy"), Tag("privacy"), Cites("pintos-redaction-understanding", "aol-identifying-details"), Priority(Stratum.Reasons)]
public sealed class PersonalContactDetailsArePrivate : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => Taxonomy.IsContactOrPersonalNumber(i.Kind), i => !i.IsAtIssue,
                i => i.IsAPrivatePerson ||
                     (i.About == Subject.PublicOfficial && i.Kind != InformationKind.PhoneNumber && i.Kind != InformationKind.EmailAddress))
            // The court steps in for people's contact details when someone with a stake asks (the seed; Gregory v. Vallejo
            // redacted third parties' names on its own). Where the designating party stays silent, the local rules have the
            // filer file publicly (Mosley v. Groupon, N.D. Cal. 2016).
            .Not<UnsupportedDesignation>(u => u.InformationId == info.Id);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The {info.Words} identifies and exposes a person to contact or misuse, and it plays no part in the public's understanding of the case; redacting it protects their privacy without compromising the public's understanding of the judicial process.", info.Id),
                $"the {info.Words} exposes a person to contact or misuse and plays no part in the public's understanding of the case"));
    }
}
