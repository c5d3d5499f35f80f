using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/agreement-alone")]
[Description("A statement resting on an agreement to keep the material confidential, without saying how disclosure would cause harm, is conclusory.")]
[Tag("reading"), Tag("particularity"), Cites("ucp-agreement-not-enough", "kamakana-conclusory"), Priority(Stratum.Reasons)]
public sealed class AgreementAloneIsConclusory : ReadingRule
{
    protected override Showing Reads => Showing.Conclusory;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.Agreement) && !Said.Any(c, Feature.Mechanism);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement rests on an agreement to keep the material confidential ({Said.Words(said, Feature.Agreement)}); an agreement to keep it confidential does not by itself overcome the presumption of access, and the statement does not say what harm disclosure would cause.";

    protected override string Gist => "the statement rests on an agreement to keep the material confidential";
}
