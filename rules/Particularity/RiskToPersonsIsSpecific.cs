using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/risk-to-persons")]
[Description("A statement that names a danger to identified people and ties it to the information about them is a particularized showing.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "kamakana-improper-purposes"), Priority(Stratum.Reasons)]
public sealed class RiskToPersonsIsSpecific : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable, x => Said.ThreatensPersons(x.HarmKind), x => x.HarmKind == HarmKind.Safety || x.Subjects.Any(Taxonomy.IsAPerson))
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.Threat) && Said.Any(c, Feature.PersonalSubject, Feature.Mechanism)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement names the people at risk and the danger disclosure would expose them to ({Said.Words(said, Feature.Threat)}, {Said.Words(said, Feature.PersonalSubject, Feature.Mechanism)}); a specific risk to identified people, drawn from the information itself, is a particularized showing.",
                "the statement names the danger disclosure would expose identified people to"));
    }
}
