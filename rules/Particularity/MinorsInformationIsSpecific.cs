using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/minors-information")]
[Description("A statement that identifies the information as a minor's shows the interest the law protects.")]
[Tag("reading"), Tag("particularity"), Cites("jh-idea-record-sealed", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class MinorsInformationIsSpecific : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable, x => Said.ThreatensPersons(x.HarmKind) || x.HarmKind == HarmKind.Embarrassment, x => x.Subjects.Contains(Subject.Minor) || x.InformationKinds.Contains(InformationKind.MinorIdentity) || x.InformationKinds.Contains(InformationKind.VictimIdentity))
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.PersonalSubject, Feature.ConfidentialLabel, Feature.Threat, Feature.HarmNamed)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement identifies the information as concerning a minor ({Said.Words(said, Feature.PersonalSubject, Feature.ConfidentialLabel, Feature.Threat, Feature.HarmNamed)}); the interest in protecting a minor's sensitive records is itself a compelling reason.",
                "the statement identifies the information as a minor's"));
    }
}
