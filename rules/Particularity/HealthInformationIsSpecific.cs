using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/health-information")]
[Description("A statement that identifies the information as a person's medical or mental-health information shows what the privacy interest protects.")]
[Tag("reading"), Tag("particularity"), Cites("nall-medical-privacy", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class HealthInformationIsSpecific : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable, x => x.HarmKind == HarmKind.Privacy || x.HarmKind == HarmKind.Embarrassment, x => x.InformationKinds.Any(Taxonomy.IsHealthInformation))
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.PersonalSubject)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement identifies the information as a person's health information ({Said.Words(said, Feature.PersonalSubject)}); the need to protect medical privacy is recognized as a compelling reason, so the nature of the record is itself the specific fact.",
                "the statement identifies the information as health information"));
    }
}
