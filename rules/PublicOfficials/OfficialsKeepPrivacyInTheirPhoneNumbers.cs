using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PublicOfficials;

[Name("officials/phone-numbers")]
[Description("Officials keep some privacy in their office and cell phone numbers, in which the public has no comparable interest.")]
[Tag("secrecy"), Tag("public-officials"), Tag("privacy"), Cites("lissner-diminished-privacy", "lahr-employee-privacy", "lahr-lower-level-stronger", "dobronski-lower-level", "pintos-redaction-understanding", "aol-official-phones"), Priority(Stratum.Reasons)]
public sealed class OfficialsKeepPrivacyInTheirPhoneNumbers : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.PhoneNumber, i => i.About == Subject.PublicOfficial,
                i => i.Seniority != Seniority.LowerLevel, i => !i.IsAtIssue);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                "By taking public office the officials' privacy interests are somewhat reduced, not waived: they keep a legitimate interest in avoiding annoyance and harassment. Senior officials have a weaker interest in personal privacy than lower-level ones, but some interest all the same. The public has no comparable interest in or need for their office and cell phone numbers, and redacting them will not compromise the public's understanding of the case or the judicial process.", info.Id),
                "the officials keep some privacy in their phone numbers, in which the public has no comparable interest"));
    }
}
