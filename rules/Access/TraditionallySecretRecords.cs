using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/traditionally-secret")]
[Description("Grand jury transcripts and pre-indictment warrant materials are outside the presumption of access.")]
[Tag("access"), Tag("standard"), Cites("kamakana-traditionally-secret"), Priority(Stratum.Access)]
public sealed class TraditionallySecretRecords : Rule
{
    public override void Define()
    {
        Item item = default!;

        When()
            .Match(() => item, i => i.TraditionallySecret != TraditionallySecret.None);

        Then()
            .Yield(ctx => new ItemStandard(item.Id, Model.Standard.NoPresumption, Step.Of(ctx.Rule.Name,
                $"The item is {Phrases.SecretRecord(item.TraditionallySecret)}, a record of a kind traditionally kept secret; no presumption of access attaches to it.")));
    }
}
