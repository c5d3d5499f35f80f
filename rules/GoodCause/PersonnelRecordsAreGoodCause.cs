using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.GoodCause;

/// <summary>
/// Under good cause, courts protect employees' personnel files and employment histories on a privacy claim; the
/// standard asks for less than compelling reasons, and the harm of exposing a file of discipline and complaints is
/// evident from what it is.
/// </summary>
[Name("good-cause/personnel-records")]
[Description("Under good cause, employees' privacy in their personnel records and employment history justifies keeping them from the public.")]
[CloseCall("Courts protect personnel files under good cause as a matter of discretion; the call would tip toward access if the record showed the employee is senior or the file is itself at issue in the claims.")]
[Tag("secrecy"), Tag("good-cause"), Tag("privacy"), Tag("discretionary"), Cites("r26c-good-cause", "pintos-good-cause-nondispositive", "lahr-employee-privacy"), Priority(Stratum.Reasons)]
public sealed class PersonnelRecordsAreGoodCause : Rule
{
    public override void Define()
    {
        Information info = default!;
        HarmClaim claim = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.PersonnelRecord, i => !i.IsAtIssue,
                i => i.IsAPerson && i.Seniority != Seniority.Senior)
            .Match(() => claim, c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy,
                c => c.Showing == Showing.Specific || c.Showing == Showing.Generalized)
            .Exists<Item>(i => i.Id == info.ItemId, i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == info.ItemId, s => s.Standard == Model.Standard.GoodCause);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                "The personnel record sets out an employee's discipline, complaints or employment history. On the good-cause standard, protecting people from the annoyance and embarrassment of exposing such a file is reason enough to keep it from the public.", info.Id),
                "protecting an employee from the exposure of a personnel file is good cause"));
    }
}
