using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// Those a gap in security would help (intruders, thieves, inmates planning an escape) are unknown by nature, so a
/// statement about security details is not made vague by calling them "wrongdoers": what it must name is what they would
/// learn. Competitive harm is different: a rival can be named, and "competitors" alone stays general.
/// </summary>
[Name("particularity/security-details-named")]
[Description("A statement that names, concretely, the security details disclosure would expose (when doors are unlocked, what a camera covers, where guards are posted) shows the harm, even though those who would exploit them are not named: not where the statement asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Cites("bell-security-specific", "kelly-serco-technical"), Priority(Stratum.Reasons)]
public sealed class SecurityDetailsNamedIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable
        && (x.HarmKind == HarmKind.SecurityVulnerability || x.HarmKind == HarmKind.Safety || x.HarmKind == HarmKind.LawEnforcementInterference)
        && (x.InformationKinds.Any(k => k == InformationKind.SecurityProcedure || k == InformationKind.AgentLocations)
            // A system's technical details offered as a gap in its security (a penetration test, a vulnerability report) are
            // security details too, as the technical specifications of border systems were in Kelly.
            || x.HarmKind == HarmKind.SecurityVulnerability && x.InformationKinds.Any(k => k == InformationKind.TechnicalInformation));

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.ConcreteContent) && Said.Any(c, Feature.VagueActors) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement names concretely the security details disclosure would expose ({Said.Words(said, Feature.ConcreteContent)}); those who would exploit a gap in security ({Said.Words(said, Feature.VagueActors)}) are unknown by nature, and what they would learn is the specific fact.";

    protected override string Gist => "the statement names concretely the security details disclosure would expose";
}
