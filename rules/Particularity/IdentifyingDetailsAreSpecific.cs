using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/identifying-details")]
[Description("A statement that identifies the information as details that would identify or reach a private person (names, addresses, phone numbers) shows the privacy interest at stake.")]
[Tag("reading"), Tag("particularity"), Cites("aol-identifying-details", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class IdentifyingDetailsAreSpecific : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable, x => Said.ThreatensPersons(x.HarmKind),
                x => x.Subjects.Any(Taxonomy.IsAPrivatePerson),
                x => x.InformationKinds.Any(k => Taxonomy.IdentifiesAPerson(k) || Taxonomy.IsContactOrPersonalNumber(k) || k == InformationKind.CustomerInformation))
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.PersonalSubject)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement identifies the information as details that would identify or reach private people ({Said.Words(said, Feature.PersonalSubject)}); their interest in keeping those details from the public is the specific fact the showing rests on.",
                "the statement identifies details that would identify private people"));
    }
}
