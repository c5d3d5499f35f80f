using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/pre-2016-compelling-reasons")]
[Description("Before Center for Auto Safety (Jan. 11, 2016), records attached to dispositive motions could be sealed only for compelling reasons.")]
[Tag("standard"), Tag("dated"), Cites("kamakana-dispositive-compelling", "kamakana-compelling-reasons"), InForce(Until = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class CompellingReasonsForDispositiveFilingsBefore2016 : Rule
{
    public override void Define()
    {
        MeritsClassification merits = default!;

        When()
            .Match(() => merits, m => m.Relation == MeritsRelation.MoreThanTangential)
            .Match<LawDate>(d => d.AsOf < LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MotionStandard(merits.MotionId, Model.Standard.CompellingReasons, Step.Of(ctx.Rule.Name,
                "Compelling reasons must be shown to seal records attached to a dispositive motion: the party seeking sealing must articulate compelling reasons, supported by specific factual findings, that outweigh the public's interest in access and in understanding the judicial process.")));
    }
}
