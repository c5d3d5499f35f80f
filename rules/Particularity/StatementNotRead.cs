using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/unread")]
[Description("A statement not in English is not read: no showing is taken from it.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "pintos-burden"), Priority(Stratum.Reasons)]
public sealed class StatementNotRead : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => !x.Readable)
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => true));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.None,
                "The statement is not in English and was not read; a reason the court cannot read does not carry the movant's burden, so no showing is taken from it.",
                "the statement could not be read"));
    }
}
