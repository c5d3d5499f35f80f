using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

// A crime victim's identity is read as a minor's records are, by what it is; but the sentence and the authority are the
// victim's own: a private person's details that would let others learn who they are (an adult victim is no minor).
[Name("particularity/victims-identity")]
[Description("A statement that identifies the information as a crime victim's identity shows the interest the law protects.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("aol-identifying-details", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class VictimsIdentityIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (Said.ThreatensPersons(x.HarmKind) || x.HarmKind == HarmKind.Embarrassment)
        && x.InformationKinds.Contains(InformationKind.VictimIdentity) && !x.Subjects.Contains(Subject.Minor);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.PersonalSubject, Feature.ConfidentialLabel, Feature.Threat, Feature.HarmNamed);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement identifies the information as the identity of a crime victim ({Said.Words(said, Feature.PersonalSubject, Feature.ConfidentialLabel, Feature.Threat, Feature.HarmNamed)}); a victim's interest in keeping others from learning who they are is a compelling reason.";

    protected override string Gist => "the statement identifies the information as a crime victim's identity";
}
