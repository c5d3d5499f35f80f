using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/good-cause")]
[Description("Material attached to a filing only tangentially related to the merits may be sealed on a particularized showing of good cause.")]
[Tag("standard"), Cites("cas-two-standards", "kamakana-good-cause-nondispositive"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class GoodCauseGovernsTangentialFilings : Rule
{
    public override void Define()
    {
        MeritsClassification merits = default!;

        When()
            .Match(() => merits, m => m.Relation == MeritsRelation.Tangential)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MotionStandard(merits.MotionId, Model.Standard.GoodCause, Step.Of(ctx.Rule.Name,
                "Because the underlying filing is only tangentially related to the merits, a particularized showing of good cause under Rule 26(c) suffices.")));
    }
}
