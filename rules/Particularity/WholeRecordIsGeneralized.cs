using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/whole-record")]
[Description("A statement that asks to seal a whole document or case without saying which parts would cause harm is generalized.")]
[Tag("reading"), Tag("particularity"), Cites("unknown-parties-particularized", "kamakana-particularized-showing"), Priority(Stratum.Reasons)]
public sealed class WholeRecordIsGeneralized : Rule
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
                .Where(c => Said.Any(c, Feature.WholeRecord) && !Said.HowAndWhat(c)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Generalized,
                $"The statement asks to keep the whole of the material from the public ({Said.Words(said, Feature.WholeRecord)}) without saying which parts would cause harm, or why; a showing must reach each document and portion to be sealed.",
                "the statement asks to seal the whole without saying what in it would cause harm"));
    }
}
