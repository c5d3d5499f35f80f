using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/minors-information")]
[Description("A statement that identifies the information as a minor's shows the interest the law protects.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("jh-idea-record-sealed", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class MinorsInformationIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (Said.ThreatensPersons(x.HarmKind) || x.HarmKind == HarmKind.Embarrassment) && (x.Subjects.Contains(Subject.Minor) || x.InformationKinds.Contains(InformationKind.MinorIdentity));

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.PersonalSubject, Feature.MinorNamed, Feature.ConfidentialLabel, Feature.Threat, Feature.HarmNamed);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement identifies the information as concerning a minor ({Said.Words(said, Feature.PersonalSubject, Feature.MinorNamed, Feature.ConfidentialLabel, Feature.Threat, Feature.HarmNamed)}); the interest in protecting a minor's sensitive records is itself a compelling reason.";

    protected override string Gist => "the statement identifies the information as a minor's";
}
