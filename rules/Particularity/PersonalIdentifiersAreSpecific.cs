using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/personal-identifiers")]
[Description("A statement that identifies the information as a personal identifier the federal rules protect needs no further showing of harm.")]
[Tag("reading"), Tag("particularity"), Cites("r52-a", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class PersonalIdentifiersAreSpecific : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable, x => x.HarmKind == HarmKind.Privacy || x.HarmKind == HarmKind.Safety, x => x.Subjects.Any(Taxonomy.IsAPerson), x => x.InformationKinds.Any(Said.IsIdentifier))
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.PersonalSubject)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement identifies the information as a personal identifier ({Said.Words(said, Feature.PersonalSubject)}) of the kind Rule 5.2(a) itself keeps from public filings; no more need be shown for it.",
                "the statement identifies the information as a personal identifier"));
    }
}
