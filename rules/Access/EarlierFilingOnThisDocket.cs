using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/earlier-filing-on-this-docket")]
[Description("Information public only because it was filed earlier on this docket is not treated as already public: courts seal the filing and have a redacted copy filed.")]
[Tag("access"), Cites("united-tactical-earlier-docket"), Priority(Stratum.Reasons)]
public sealed class EarlierFilingOnThisDocket : Rule
{
    public override void Define()
    {
        Item item = default!;

        When()
            .Match(() => item, i => i.AlreadyPublic, i => i.PublicVia == PublicVia.ThisDocket,
                i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Caution(item.Id, Step.Of(ctx.Rule.Name,
                $"Item {item.Id}: the information was public only because it was filed earlier on this docket. That does not put it in the public domain the way publication elsewhere would: courts seal the earlier filing and have a redacted copy filed. The engine weighs the information as it would any other.")));
    }
}
