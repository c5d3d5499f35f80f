using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/unidentified-actors")]
[Description("A statement that fears only unidentified actors (bad actors, others, the public) states a generalized concern.")]
[Tag("reading"), Tag("particularity"), Cites("motley-generalized-concern", "unknown-parties-particularized", "kamakana-particularized-showing"), Priority(Stratum.Reasons)]
public sealed class UnidentifiedActorsAreGeneralized : ReadingRule
{
    protected override Showing Reads => Showing.Generalized;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.OnlyUnidentifiedActors(c) && !Said.Any(c, Feature.Threat);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement fears unidentified actors ({Said.Words(said, Feature.VagueActors)}) without saying who they are or what in the information they could exploit; a vague concern about bad actors is not the particularized harm the standard requires.";

    protected override string Gist => "the statement fears only unidentified actors";
}
