using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/sealable-content-named")]
[Description("A statement that names, concretely, business or security content of a kind courts seal (pricing and royalty terms, formulas, customer identities, the times doors are unlocked) shows what disclosure would expose.")]
[Tag("reading"), Tag("particularity"), Cites("nixon-improper-purposes", "ea-pricing-terms", "bell-security-specific"), Priority(Stratum.Reasons)]
public sealed class SealableContentNamedIsSpecific : Rule
{
    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, x => x.Readable, x => x.InformationKinds.Any(Said.IsSealableContent))
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(c => Said.Any(c, Feature.ConcreteContent) && !Said.OnlyUnidentifiedActors(c)));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Showing.Specific,
                $"The statement names concretely what the material holds ({Said.Words(said, Feature.ConcreteContent)}), content of a kind courts keep from competitors and wrongdoers; what disclosure would expose is a specific fact, not a label.",
                "the statement names concretely content of a kind courts seal"));
    }
}
