using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

/// <summary>
/// Courts seal a person's medical and mental-health records on a privacy claim, even under compelling reasons, as
/// long as the person has not put the condition at issue (then the records are evidence the public may weigh) and
/// the item is the records themselves, not a brief that discusses them.
/// </summary>
[Name("privacy/medical-records")]
[Description("Medical and mental-health records not put at issue are kept private on a privacy claim: the need to protect medical privacy is a compelling reason.")]
[Tag("privacy"), Tag("health"), Tag("discretionary"), Cites("nall-medical-privacy"), Priority(Stratum.Reasons)]
public sealed class MedicalRecordsArePrivate : Rule
{
    public override void Define()
    {
        Information info = default!;
        HarmClaim claim = default!;

        When()
            .Match(() => info, i => Taxonomy.IsHealthInformation(i.Kind), i => Taxonomy.IsAPerson(i.About), i => !i.AtIssue)
            .Match(() => claim, c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy,
                c => c.Showing == Showing.Specific || c.Showing == Showing.Generalized)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.Request == RequestKind.Seal, i => claim.ComesFromTheDesignator(i))
            .Not<Information>(n => n.ItemId == info.ItemId, n => !Taxonomy.IsHealthInformation(n.Kind) || n.AtIssue);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The item is {Taxonomy.Words(info.Kind)} records of a person who has not put the condition at issue. Such records hold sensitive and private information about a person's health, and the need to protect medical privacy is a reason courts accept for keeping them from the public.", info.Id)));
    }
}
