using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PublicOfficials;

[Name("officials/lower-level-contact")]
[Description("Lower-level officials have a stronger privacy interest than senior ones in their phone numbers and personal contact details.")]
[Tag("secrecy"), Tag("public-officials"), Tag("privacy"), Cites("lahr-lower-level-stronger", "lahr-employee-privacy", "pintos-redaction-understanding"), Priority(Stratum.Reasons)]
public sealed class LowerLevelOfficialsHaveStrongerPrivacy : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.PhoneNumber, i => i.About == Subject.PublicOfficial,
                i => i.Seniority == Seniority.LowerLevel, i => !i.IsAtIssue);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                "Lower-level officials generally have a stronger interest in personal privacy than senior officials, and a legitimate interest in avoiding annoyance and harassment. The public has no real interest in their phone numbers; redacting them does not compromise its understanding of the case.", info.Id),
                "lower-level officials keep a strong interest in the privacy of their phone numbers, in which the public has no real interest"));
    }
}
