using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/secret-record")]
[Description("Information in a record traditionally kept secret is withheld.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class SecretRecordPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.ExemptFromAccess);

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, true, false, Step.Of(ctx.Rule.Name,
                $"The {Taxonomy.Words(info.Kind)} is withheld.", info.Id)));
    }
}
