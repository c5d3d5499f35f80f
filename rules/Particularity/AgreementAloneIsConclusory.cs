using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/agreement-alone")]
[Description("A statement resting on an agreement to keep the material confidential, without saying how disclosure would cause harm, is conclusory.")]
[Tag("reading"), Tag("particularity"), Cites("ucp-agreement-not-enough", "kamakana-conclusory"), Priority(Stratum.Reasons)]
public sealed class AgreementAloneIsConclusory : Rule
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
                .Where(c => Said.Any(c, Feature.Agreement) && !Said.Any(c, Feature.Mechanism)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Conclusory,
                $"The statement rests on an agreement to keep the material confidential ({Said.Words(said, Feature.Agreement)}); that the parties agreed to confidentiality does not by itself overcome the presumption of access, and the statement does not say what harm disclosure would cause.",
                "the statement rests on an agreement to keep the material confidential"));
    }
}
