using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/pre-2016-good-cause")]
[Description("Before Center for Auto Safety (Jan. 11, 2016), records attached to non-dispositive motions could be sealed on a particularized showing of good cause.")]
[Tag("standard"), Tag("dated"), Cites("kamakana-good-cause-nondispositive", "pintos-good-cause-nondispositive"), InForce(Until = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class GoodCauseForNonDispositiveFilingsBefore2016 : Rule
{
    public override void Define()
    {
        MeritsClassification merits = default!;

        When()
            .Match(() => merits, m => m.Relation == MeritsRelation.Tangential)
            .Match<LawDate>(d => d.AsOf < LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MotionStandard(merits.MotionId, Model.Standard.GoodCause, Step.Of(ctx.Rule.Name,
                "For records attached to a non-dispositive motion, a particularized showing of good cause under Rule 26(c) suffices to keep them from the public.")));
    }
}
