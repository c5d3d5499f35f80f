using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/no-reason")]
[Description("A statement that names no harm and says nothing of the material gives no reason.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "pintos-burden"), Priority(Stratum.Reasons)]
public sealed class NoReasonStated : Rule
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
                .Where(c => !c.Any()));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.None,
                "The statement gives no reason the court can weigh: it names no harm and says nothing of what the material is.",
                "the statement gives no reason"));
    }
}
