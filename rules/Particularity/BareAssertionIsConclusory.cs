using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/bare-assertion")]
[Description("A statement that only describes the material, calls it confidential or asserts that it should be sealed, naming no harm, is conclusory.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-conclusory"), Priority(Stratum.Reasons)]
public sealed class BareAssertionIsConclusory : ReadingRule
{
    protected override Showing Reads => Showing.Conclusory;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.SaysAnything(c) && !Said.Any(c, Said.Reasons);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement says what the material is or that it should be kept confidential ({Said.Words(said, Feature.AssertsConclusion, Feature.ConfidentialLabel, Feature.DescribesContent, Feature.ConcreteContent, Feature.PersonalSubject, Feature.SecrecyMeasures, Feature.MinorNamed, Feature.NonPartyNamed)}) but not what harm disclosure would cause, or how; a conclusory statement about the contents of a document is not a reason to seal it.";

    protected override string Gist => "the statement only describes the material or asserts that it should be sealed";
}
