using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/speculation")]
[Description("A statement that speculates about harm (could, might, potentially) without stating how it would follow rests on conjecture.")]
[Tag("reading"), Tag("particularity"), Cites("cas-hypothesis-conjecture", "hagestad-articulate-basis"), Priority(Stratum.Reasons)]
public sealed class SpeculationIsHypothetical : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable)
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.Speculation) && !Said.Any(c, Feature.Mechanism)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Hypothetical,
                $"The statement speculates about what disclosure might bring ({Said.Words(said, Feature.Speculation)}) without stating facts from which harm would follow; a court may not seal on hypothesis or conjecture.",
                "the statement speculates about what disclosure might bring"));
    }
}
