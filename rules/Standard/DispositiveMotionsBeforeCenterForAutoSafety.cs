using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/pre-2016-dispositive")]
[Description("Before Center for Auto Safety (Jan. 11, 2016), material attached to dispositive filings needed compelling reasons.")]
[Tag("standard"), Tag("dated"), Cites("kamakana-compelling-reasons"), InForce(Until = "2016-01-11"), Priority(Stratum.Standard)]
public sealed class DispositiveMotionsBeforeCenterForAutoSafety : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => Taxonomy.DecidesTheMerits(m.Filing))
            .Match<LawDate>(d => d.AsOf < LawDates.CenterForAutoSafety);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, MeritsRelation.MoreThanTangential, Step.Of(ctx.Rule.Name,
                Classified(motion.Filing))));
    }

    // NRules' actions are expression trees, which cannot hold a switch expression.
    private static string Classified(UnderlyingFiling filing) => filing switch
    {
        UnderlyingFiling.Trial => $"The material is part of {Phrases.Filing(filing)}: at trial, as on a dispositive motion, the court decides the merits.",
        // A complaint disposes of nothing; it is the pleading whose claims the merits decide.
        UnderlyingFiling.Complaint => $"The material is part of {Phrases.Filing(filing)}, the pleading that frames the merits the court will decide.",
        _ => $"The material is attached to {Phrases.Filing(filing)}, a dispositive filing.",
    };
}
