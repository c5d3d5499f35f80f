using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/hypothetical")]
[Description("Harm resting on hypothesis or conjecture cannot support sealing.")]
[Tag("compelling-reasons"), Tag("showing"), Cites("hagestad-articulate-basis", "cas-hypothesis-conjecture"), Priority(Stratum.Reasons)]
[Cure("Ground the claimed harm in facts (what has happened or is concretely likely), not in speculation about what might happen.")]
public sealed class HypotheticalHarmIsNotCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Hypothetical, c => !Taxonomy.NeverCompellingAlone(c.Kind))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"The claimed risk of {Phrases.Harm(claim.Kind)} rests on speculation; a court may seal only on a compelling reason whose factual basis it can articulate without relying on hypothesis or conjecture.", claim.InformationId),
                $"the claimed risk of {Phrases.Harm(claim.Kind)} rests on speculation"));
    }
}
