using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/conceded-public")]
[Description("A statement that itself says the information is already public shows no harm from disclosing it: keeping the court's copy secret would protect nothing.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-already-public"), Priority(Stratum.Reasons)]
public sealed class ConcededPublicShowsNoHarm : ReadingRule
{
    protected override Showing Reads => Showing.None;

    protected override bool Undoes => true;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.ConcedesPublic);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement says the information is already public ({Said.Words(said, Feature.ConcedesPublic)}); disclosing what the public already has causes no harm, so the reason shows none.";

    protected override string Gist => "the statement says the information is already public";
}
