using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/at-issue-unstated")]
[Description("Structural, citing nothing: it decides no question of law, only says what the request leaves out. Where the request does not say whether health information is at issue, the engine says so rather than state that it is not.")]
[Tag("privacy"), Tag("health"), Tag("assumption"), Priority(Stratum.Reasons)]
public sealed class UnstatedAtIssueIsNotAssumed : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => Taxonomy.IsHealthInformation(i.Kind), i => i.IsAPerson, i => i.AtIssue == null)
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy);

        Then()
            .Yield(ctx => new Caution(info.Id, Step.Of(ctx.Rule.Name,
                $"Information {info.Id}: the request does not say whether the person has put the {info.Words} at issue. The engine weighed it as not shown to be at issue; if it is, say so (atIssue: true; courts split on such records), and if it is not, say that (atIssue: false).", info.Id)));
    }
}
