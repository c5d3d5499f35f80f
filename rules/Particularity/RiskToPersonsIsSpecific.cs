using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/risk-to-persons")]
[Description("A statement that names a danger to identified people and ties it to the information about them is a particularized showing.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "kamakana-improper-purposes"), Priority(Stratum.Reasons)]
public sealed class RiskToPersonsIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && Said.ThreatensPersons(x.HarmKind) && (x.HarmKind == HarmKind.Safety || x.Subjects.Any(Taxonomy.IsAPerson));

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => ((Said.Any(c, Feature.Threat) && Said.Any(c, Feature.PersonalSubject, Feature.Mechanism)) || ActedOnACooperator(c)) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement names the people at risk and the danger disclosure would expose them to ({Said.Both(Said.Words(said, Feature.Threat, Feature.DangerActed), Said.Words(said, Feature.PersonalSubject, Feature.Mechanism, Feature.InformantNamed))}); a specific risk to identified people, drawn from the information itself, is a particularized showing.";

    // A cooperator or informant named, and a danger already acted on by those feared (threats made, people like him killed,
    // word sent, the neighbourhood asked who talked): the people at risk and the danger are both facts, with or without a
    // harm word. A harm word alone ("in danger of retaliation") is a blanket claim.
    private static bool ActedOnACooperator(IEnumerable<StatementFeature> c) => Said.Any(c, Feature.InformantNamed) && Said.Any(c, Feature.DangerActed);

    protected override string Gist => "the statement names the danger disclosure would expose identified people to";
}
