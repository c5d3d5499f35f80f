using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Rule52;

/// <summary>
/// Rule 5.2(h): a person who files their own identifier unredacted and not under seal gives up the rule's protection
/// for it. The identifier is then weighed like any other information.
/// </summary>
[Name("rule-5-2/waiver")]
[Description("A person who filed their own identifier unredacted and not under seal has waived Rule 5.2(a)'s protection for it.")]
[Tag("rule-5-2"), Tag("privacy"), Cites("r52-h"), InForce(From = "2007-12-01"), Priority(Stratum.Reasons)]
public sealed class OwnersWaiver : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => Taxonomy.IsRule52Identifier(i), i => i.WaivedByOwner)
            .Match<LawDate>(d => d.AsOf >= LawDates.Rule52);

        Then()
            .Yield(ctx => new Caution(info.Id, Step.Of(ctx.Rule.Name,
                $"Information {info.Id}: the person it identifies filed the {info.Words} unredacted and not under seal, waiving Rule 5.2(a)'s protection for it; it stays hidden only on the showing any other information needs.", info.Id)));
    }
}
