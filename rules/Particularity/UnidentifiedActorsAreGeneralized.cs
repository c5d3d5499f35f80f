using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/unidentified-actors")]
[Description("A statement that fears only unidentified actors (bad actors, others, the public) states a generalized concern.")]
[Tag("reading"), Tag("particularity"), Cites("motley-generalized-concern", "unknown-parties-particularized", "kamakana-particularized-showing"), Priority(Stratum.Reasons)]
public sealed class UnidentifiedActorsAreGeneralized : Rule
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
                .Where(c => Said.OnlyUnidentifiedActors(c) && !Said.Any(c, Feature.Threat)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Generalized,
                $"The statement fears unidentified actors ({Said.Words(said, Feature.VagueActors)}) without saying who they are or what in the information they could exploit; a vague concern about bad actors is not the particularized harm the standard requires.",
                "the statement fears only unidentified actors"));
    }
}
