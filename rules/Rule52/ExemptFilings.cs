using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Rule52;

/// <summary>
/// Rule 5.2(b): some filings are outside the redaction requirement (agency and state-court records, earlier court
/// records, forfeiture accounts, filings with limited remote access, pro se habeas filings). The identifier is then
/// weighed like any other information, and the user is told why no automatic redaction was applied.
/// </summary>
[Name("rule-5-2/exempt-filing")]
[Description("A filing exempted by Rule 5.2(b) is not subject to the redaction requirement; its identifiers need an ordinary showing.")]
[Tag("rule-5-2"), Tag("privacy"), Cites("r52-b"), InForce(From = "2007-12-01"), Priority(Stratum.Reasons)]
public sealed class ExemptFilings : Rule
{
    public override void Define()
    {
        Information info = default!;
        Item item = default!;

        When()
            .Match(() => info, i => Taxonomy.IsRule52Identifier(i), i => !i.WaivedByOwner)
            .Match(() => item, i => i.Id == info.ItemId, i => i.Rule52Exemption != Rule52Exemption.None)
            .Match<LawDate>(d => d.AsOf >= LawDates.Rule52);

        Then()
            .Yield(ctx => new Caution(info.Id, Step.Of(ctx.Rule.Name,
                $"Item {item.Id}: Rule {Taxonomy.Rule52Subdivision(item.Rule52Exemption)} exempts this filing from the redaction requirement, so the {info.Words} is not redacted automatically; it stays hidden only on the showing any other information needs.", info.Id)));
    }
}
