using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/how-disclosure-harms")]
[Description("A statement that says how disclosure would cause the harm, and what in the information would cause it, is a particularized showing.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "foltz-particularized-good-cause"), Priority(Stratum.Reasons)]
public sealed class HowDisclosureHarmsIsSpecific : Rule
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
                .Where(c => Said.HowAndWhat(c) && !Said.OnlyUnidentifiedActors(c)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement explains how disclosure would cause the harm ({Said.Words(said, Feature.Mechanism)}) and ties it to what the information is ({Said.Words(said, Feature.ConcreteContent)}); that is a particularized showing resting on specific facts.",
                "the statement explains how disclosure of what the document holds would cause the harm"));
    }
}
