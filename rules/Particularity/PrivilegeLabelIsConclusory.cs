using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// The name of a privilege is a conclusion: what the court needs is what makes the material privileged (National Union
/// v. Seagate: documents called privileged and work product were billing negotiations, neither).
/// </summary>
[Name("particularity/privilege-label")]
[Description("A statement that calls the material privileged or work product, without saying what makes it so (a communication with counsel for legal advice, or work prepared for litigation), states a conclusion, not a showing.")]
[Tag("reading"), Tag("particularity"), Tag("privilege"), Cites("seagate-not-privileged", Earlier = ["kamakana-conclusory"]), Priority(Stratum.Reasons)]
public sealed class PrivilegeLabelIsConclusory : ReadingRule
{
    protected override Showing Reads => Showing.Conclusory;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.PrivilegeClaimed) && !Said.Any(c, Feature.PrivilegeFacts, Feature.LegalAdvice);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement calls the material privileged ({Said.Words(said, Feature.PrivilegeClaimed)}) but does not say what makes it so: who communicated with counsel, for what legal advice, or what was prepared for litigation; the name of a privilege is a conclusion, and calling material privileged does not make it so.";

    protected override string Gist => "the statement calls the material privileged without saying what makes it so";
}
