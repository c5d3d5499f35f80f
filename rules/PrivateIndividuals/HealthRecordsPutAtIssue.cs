using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/health-records-at-issue")]
[Description("Courts split on health records a party has put at issue: some refuse to seal them on a general privacy claim, others seal the records themselves though not the briefs; the engine follows the first view.")]
[Tag("privacy"), Tag("health"), Tag("split"), Cites("salgado-at-issue-not-sealable"), Priority(Stratum.Reasons)]
[CloseCall("Courts split on sealing health records a party has put at issue; the engine follows the orders that require more than a general privacy claim, and a specific showing for each record would tip the call toward sealing.")]
[Split(Follows = ["salgado-at-issue-not-sealable"], OtherView = ["johnsen-own-records-sealed"])]
public sealed class HealthRecordsPutAtIssue : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => Taxonomy.IsHealthInformation(i.Kind), i => i.IsAPerson, i => i.IsPutAtIssueByItsSubject)
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy,
                c => c.Showing == Showing.Specific || c.Showing == Showing.Generalized);

        Then()
            .Yield(ctx => new Caution(info.Id, Step.Of(ctx.Rule.Name,
                $"Information {info.Id}: the {info.Words} is put at issue by the person it concerns. District courts split here: some refuse to seal such records on a general privacy claim, others seal the records themselves (though not the briefs discussing them) because the person keeps a privacy interest in them. The engine follows the first view unless the showing gives specific facts beyond the records' being health records.", info.Id)));
    }
}
