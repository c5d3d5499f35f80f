using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

/// <summary>
/// Courts seal a person's medical and mental-health records on a privacy claim, even under compelling reasons, as
/// long as the person has not put the condition at issue (then the records are evidence the public may weigh) and
/// the item is the records themselves, not a brief that discusses them.
/// </summary>
[Name("privacy/medical-records")]
[Description("Medical and mental-health records the person has not put at issue (another party may have) are kept private on a privacy claim: the need to protect medical privacy is a compelling reason.")]
[CloseCall("Courts go both ways on health records once the condition is put at issue; whether it is at issue would tip the call.")]
[Tag("secrecy"), Tag("privacy"), Tag("health"), Tag("discretionary"), Cites("whalen-medical-privacy", "nall-medical-privacy", "gary-medical-compelling"), Priority(Stratum.Reasons)]
public sealed class MedicalRecordsArePrivate : Rule
{
    public override void Define()
    {
        Information info = default!;
        HarmClaim claim = default!;

        When()
            .Match(() => info, i => Taxonomy.IsHealthInformation(i.Kind), i => i.IsAPerson, i => !i.IsPutAtIssueByItsSubject)
            .Match(() => claim, c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy,
                c => c.Showing == Showing.Specific || c.Showing == Showing.Generalized)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.Request == RequestKind.Seal, i => claim.ComesFromTheDesignator(i))
            .Not<Information>(n => n.ItemId == info.ItemId, n => !Taxonomy.IsHealthInformation(n.Kind) || n.IsPutAtIssueByItsSubject);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                (info.AtIssue == false
                    ? $"The item holds the {info.Words} of a person who has not put the condition at issue. "
                    : info.AtIssue == true
                        ? $"The item holds the {info.Words} of a person whose condition another party, not the person, has put at issue. "
                        : $"The item holds the {info.Words} of a person, and the request does not say that the condition is at issue. ") +
                "Such records hold sensitive and private information about a person's health, and the need to protect medical privacy is a reason courts accept for keeping them from the public.", info.Id),
                "the need to protect medical privacy is a reason courts accept for keeping health records from the public"));
    }
}
