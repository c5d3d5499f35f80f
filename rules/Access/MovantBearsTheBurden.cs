using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/burden")]
[Description("The party seeking to seal bears the burden of overcoming the presumption of access.")]
[Tag("access"), Cites("foltz-strong-presumption", "pintos-burden"), Priority(Stratum.Access)]
public sealed class MovantBearsTheBurden : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        IEnumerable<Item> items = default!;

        When()
            .Match(() => motion, m => m.Posture == Posture.MotionToSeal)
            .Exists<Item>(i => i.MotionId == motion.Id, i => i.TraditionallySecret == TraditionallySecret.None)
            .Query(() => items, q => q.Match<Item>(i => i.MotionId == motion.Id).Collect());

        Then()
            .Yield(ctx => new Framing(motion.Id, 2, Step.Of(ctx.Rule.Name,
                // Material another party designated is that party's to keep sealed: the filer moves only because the
                // designation obliges it to (Civil L.R. 79-5(f) and its like), and the burden is the designator's.
                items.All(i => i.DesignatedBy != Designator.Movant)
                    ? $"The material was designated confidential by {(items.All(i => i.DesignatedBy == Designator.NonParty) ? "a non-party" : "another party")}, which is the party seeking to keep it sealed: the designating party bears the burden of overcoming that presumption, not {Phrases.Movant(motion)}, which filed it; what the designating party does not show stays public."
                    : motion.Movant == Movant.Joint
                    ? "As the parties seeking to seal, the parties bear the burden of overcoming that presumption; what they do not show stays public."
                    : $"As the party seeking to seal, {Phrases.Movant(motion)} bears the burden of overcoming that presumption; what it does not show stays public.")));
    }
}
