using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/preliminary-injunction")]
[Description("A motion for a preliminary injunction is more than tangentially related to the merits.")]
[Tag("standard"), Cites("cas-pi-compelling"), InForce(From = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class PreliminaryInjunctionIsMoreThanTangential : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => m.Filing == UnderlyingFiling.PreliminaryInjunction)
            .Match<LawDate>(d => d.AsOf >= LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.MoreThanTangential, Step.Of(ctx.Rule.Name,
                "A motion for a preliminary injunction, though technically non-dispositive, asks the court to weigh the likelihood of success on the merits: it is more than tangentially related to the merits.")));
    }
}
