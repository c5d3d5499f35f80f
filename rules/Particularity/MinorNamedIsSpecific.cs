using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/minor-named")]
[Description("A statement that itself says the information concerns a minor shows the interest the law protects, whatever the request says the information is about: the words, not only the form, say whose it is.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("jh-idea-record-sealed", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class MinorNamedIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    // Where the request already says so, particularity/minors-information reads it.
    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (Said.ThreatensPersons(x.HarmKind) || x.HarmKind == HarmKind.Embarrassment)
        && !x.Subjects.Contains(Subject.Minor) && !x.InformationKinds.Contains(InformationKind.MinorIdentity) && !x.InformationKinds.Contains(InformationKind.VictimIdentity);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.MinorNamed) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement says the information concerns a minor ({Said.Words(said, Feature.MinorNamed)}); the interest in protecting a minor's sensitive information is itself a compelling reason, for the part that holds it.";

    protected override string Gist => "the statement says the information concerns a minor";
}
