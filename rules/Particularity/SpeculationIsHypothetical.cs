using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/speculation")]
[Description("A statement that speculates about harm (could, might, potentially) without stating how it would follow rests on conjecture.")]
[Tag("reading"), Tag("particularity"), Cites("cas-hypothesis-conjecture", "hagestad-articulate-basis"), Priority(Stratum.Reasons)]
public sealed class SpeculationIsHypothetical : ReadingRule
{
    protected override Showing Reads => Showing.Hypothetical;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.Speculation) && !Said.Any(c, Feature.Mechanism);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement speculates about what disclosure might bring ({Said.Words(said, Feature.Speculation)}) without stating facts from which harm would follow; a court may not seal on hypothesis or conjecture.";

    protected override string Gist => "the statement speculates about what disclosure might bring";
}
