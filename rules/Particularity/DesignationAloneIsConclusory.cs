using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/designation-alone")]
[Description("A statement resting on a confidentiality designation or protective order, without saying how disclosure would cause harm, is conclusory.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-blanket-protective-order", "kamakana-conclusory"), Priority(Stratum.Reasons)]
public sealed class DesignationAloneIsConclusory : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable)
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.Designation) && !Said.Any(c, Feature.Mechanism)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Conclusory,
                $"The statement rests on a confidentiality designation ({Said.Words(said, Feature.Designation)}); a designation under a protective order does not itself show why the material should be sealed, and the statement does not say how disclosure would cause harm.",
                "the statement rests on the confidentiality designation"));
    }
}
