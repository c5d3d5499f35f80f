using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/stated-relation")]
[Description("The user's own classification of the filing's relation to the merits overrides the engine's.")]
[Tag("standard"), Cites("cas-tangential-test", "kamakana-dispositive-compelling"), Priority(Stratum.Standard)]
public sealed class StatedRelationGoverns : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        LawDate law = default!;

        When()
            .Match(() => motion, m => m.StatedRelation != null)
            .Match(() => law);

        Then()
            .Yield(ctx => new MeritsClassification(motion.Id, motion.StatedRelation!.Value, Step.Of(ctx.Rule.Name,
                // Say whose classification it is, and teach the test it answers.
                law.AsOf < LawDates.CenterForAutoSafety
                    ? $"{Phrases.Capitalized(Phrases.Filing(motion.Filing))} is taken as {(motion.StatedRelation == MeritsRelation.Tangential ? "non-dispositive" : "dispositive")}. The line runs between dispositive motions, whose papers need compelling reasons, and non-dispositive ones, whose papers need only good cause."
                    : motion.StatedRelation == MeritsRelation.Tangential
                        ? $"{Phrases.Capitalized(Phrases.Filing(motion.Filing))} is taken as only tangentially related to the merits. The test is what a filing asks the court to decide, not what it is called: one that does not ask the court to resolve the claims or defenses needs only good cause."
                        : $"{Phrases.Capitalized(Phrases.Filing(motion.Filing))} is taken as more than tangentially related to the merits. The test is what a filing asks the court to decide, not what it is called: one that goes to the claims or defenses themselves needs compelling reasons.")));
    }
}
