using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// "Could" states a consequence; "it is possible that … could" or "might conceivably" states only that one cannot be
/// ruled out. Such words concede that the harm rests on conjecture, so they undo the particular things said beside them
/// (the names or schedules a statement also names), as a disclaimer of harm does.
/// </summary>
[Name("particularity/harm-only-possible")]
[Description("A statement that itself puts the harm as only possible or conceivable (\"it is possible that\", \"could conceivably\", \"might be able to\") rests on conjecture, whatever particular things it also names; a single \"could\" stating a consequence is not read so.")]
[Tag("reading"), Tag("particularity"), Cites("cas-hypothesis-conjecture", "hagestad-articulate-basis"), Priority(Stratum.Reasons)]
public sealed class HarmOnlyPossibleIsConjecture : ReadingRule
{
    protected override Showing Reads => Showing.Hypothetical;

    protected override bool Undoes => true;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.OnlyPossible);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement itself puts the harm as only possible ({Said.Words(said, Feature.OnlyPossible)}); a court may not seal on hypothesis or conjecture, and words that concede the harm is merely conceivable do not show it likely.";

    protected override string Gist => "the statement puts the harm as only possible";
}
