using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/secret-record")]
[Description("Information in a record traditionally kept secret is withheld.")]
[Tag("weighing"), Cites("kamakana-traditionally-secret"), Priority(Stratum.Weighing)]
public sealed class SecretRecordPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> findings = default!;

        When()
            .Match(() => info)
            .Query(() => findings, q => q
                .Match<Finding>(f => f.InformationId == info.Id)
                .Collect()
                .Where(c => Answers.Any(c, Weight.ExemptFromAccess)));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, true, false, Answers.Ruling(ctx.Rule.Name,
                $"{Answers.Although(Answers.Leaning(findings, Leans.Access))}{(Answers.Leaning(findings, Leans.Access).Any() ? "the" : "The")} {info.Words} {info.Verb("is", "are")} withheld: the right of access does not reach a record of this kind.",
                info, true, Answers.Leaning(findings, Leans.Access))));
    }
}
