using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/no-reason")]
[Description("A statement that names no harm and says nothing of the material gives no reason.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "pintos-burden"), Priority(Stratum.Reasons)]
public sealed class NoReasonStated : ReadingRule
{
    protected override Showing Reads => Showing.None;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => !Said.SaysAnything(c);

    protected override string Finding(IEnumerable<StatementFeature> said) => Said.Any(said, Feature.Keywords)
        ? $"The statement gives no reason the court can weigh: {Said.Words(said, Feature.Keywords)} is a string of words, not a sentence saying what disclosure would do, and nothing else in it names a harm or says what the material is."
        : "The statement gives no reason the court can weigh: it names no harm and says nothing of what the material is.";

    protected override string Gist => "the statement gives no reason";
}
