using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/designation-alone")]
[Description("A statement resting on a confidentiality designation or protective order, without saying how disclosure would cause harm, is conclusory.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-blanket-protective-order", "kamakana-conclusory"), Priority(Stratum.Reasons)]
public sealed class DesignationAloneIsConclusory : ReadingRule
{
    protected override Showing Reads => Showing.Conclusory;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.Designation) && !Said.Any(c, Feature.Mechanism);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement rests on a confidentiality designation ({Said.Words(said, Feature.Designation)}); a designation under a protective order does not itself show why the material should be sealed, and the statement does not say how disclosure would cause harm.";

    protected override string Gist => "the statement rests on the confidentiality designation";
}
