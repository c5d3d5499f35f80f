using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/secret-record-withheld")]
[Description("Information in a record traditionally kept secret is withheld without any balancing.")]
[Tag("secrecy"), Tag("access"), Cites("kamakana-traditionally-secret"), Priority(Stratum.Access)]
public sealed class SecretRecordsAreWithheld : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Exists<ItemStandard>(s => s.ItemId == info.ItemId, s => s.Standard == Model.Standard.NoPresumption);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.ExemptFromAccess, false, Step.Of(ctx.Rule.Name,
                "The record falls outside the common-law right of access, so it may be kept from the public without a showing of compelling reasons or good cause.", info.Id),
                "the record is of a kind traditionally kept secret"));
    }
}
