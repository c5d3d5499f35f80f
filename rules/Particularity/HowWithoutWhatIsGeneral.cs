using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/how-without-what")]
[Description("A statement that says how harm might follow but not what in the document would cause it does not tie the harm to the information.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-particularized-showing", "beckman-broad-allegations"), Priority(Stratum.Reasons)]
public sealed class HowWithoutWhatIsGeneral : ReadingRule
{
    protected override Showing Reads => Showing.Generalized;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.Mechanism) && !Said.HowAndWhat(c) && !Said.Any(c, Feature.Threat);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement says how harm might follow ({Said.Words(said, Feature.Mechanism)}) but not what in this document would bring it about; without the facts of the document itself the showing stays general.";

    protected override string Gist => "the statement does not say what in the document would bring the harm about";
}
