using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

// The seed sealed asylum seekers' identifying details because their persecutors could find them where they waited; what
// made that danger particular was a fact of place, not a harm word. A statement that names the people at risk and shows
// that those they fear can reach them (family left in the country fled, an assailant on the same street, co-conspirators
// at large) states the same kind of fact.
[Name("particularity/danger-within-reach")]
[Description("A statement of a danger to someone's safety, or of persecution, that names the people at risk (or a danger those feared have already acted on) and shows that those they fear are within reach of them (family remaining in the country fled, an assailant living in the same town, co-conspirators still at large, someone released last month) is a particularized showing, though it uses no word of harm.")]
[Tag("reading"), Tag("particularity"), Cites("aol-identifying-details", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class DangerWithinReachIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (x.HarmKind == HarmKind.Safety || x.HarmKind == HarmKind.Persecution);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.WithinReach) && Said.Any(c, Feature.PersonalSubject, Feature.InformantNamed, Feature.DangerActed) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement names the people at risk and shows that those they fear can reach them ({Said.Both(Said.Words(said, Feature.WithinReach), Said.Words(said, Feature.DangerActed, Feature.PersonalSubject, Feature.InformantNamed))}); a danger tied to facts of who and where is a particularized showing, not a general fear.";

    protected override string Gist => "the statement shows that those the people at risk fear can reach them";
}
