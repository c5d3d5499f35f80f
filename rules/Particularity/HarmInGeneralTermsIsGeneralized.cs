using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/harm-in-general-terms")]
[Description("A statement that names a harm, or who might cause it, without saying how disclosure of this information would bring it about, is generalized.")]
[Tag("reading"), Tag("particularity"), Cites("beckman-broad-allegations", "kamakana-particularized-showing"), Priority(Stratum.Reasons)]
public sealed class HarmInGeneralTermsIsGeneralized : ReadingRule
{
    protected override Showing Reads => Showing.Generalized;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.HarmNamed, Feature.Audience, Feature.Embarrassment, Feature.FurtherLitigation, Feature.Threat) && !Said.HowAndWhat(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement names a harm ({Said.Words(said, Feature.HarmNamed, Feature.Audience, Feature.Threat, Feature.Embarrassment, Feature.FurtherLitigation)}) but does not say how disclosure of this information would bring it about; broad allegations of harm, unsubstantiated by specific examples or articulated reasoning, are not a particularized showing.";

    protected override string Gist => "the statement names the harm only in general terms";
}
