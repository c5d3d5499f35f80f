using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/compelling-reasons")]
[Description("Material attached to a filing more than tangentially related to the merits may be sealed only for compelling reasons.")]
[Tag("standard"), Cites("cas-showing-depends", "cas-two-standards"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class CompellingReasonsGovernMoreThanTangentialFilings : Rule
{
    public override void Define()
    {
        MeritsClassification merits = default!;

        When()
            .Match(() => merits, m => m.Relation == MeritsRelation.MoreThanTangential)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MotionStandard(merits.MotionId, Model.Standard.CompellingReasons, Step.Of(ctx.Rule.Name,
                // Where nothing said what the filing asks the court to decide, the relation is the presumption's, not a finding.
                merits.Step.Rule == "standard/unclassified-filing"
                    ? "With the underlying filing taken as more than tangentially related to the merits, the material attached to it may be sealed only for compelling reasons."
                    : "Because the underlying filing is more than tangentially related to the merits, the material attached to it may be sealed only for compelling reasons.")));
    }
}
