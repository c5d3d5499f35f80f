using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/quotations-follow-their-source")]
[Description("Information in a brief or declaration that repeats information of another item it refers to, offered with no reason of its own, takes that information's ruling: where the source may be kept from the public, so may the passage repeating it, or the sealed original would be disclosed in the brief.")]
[Tag("remedy"), Tag("reasons"), Cites("aol-redacted-filings", "foltz-redaction"), Priority(Stratum.AfterRulings)]
public sealed class QuotationsFollowTheirSource : Rule
{
    public override void Define()
    {
        Item brief = default!;
        Information info = default!;
        IEnumerable<InformationRuling> sources = default!;
        IEnumerable<Item> documents = default!;

        When()
            .Match(() => brief, i => i.RefersTo.Count > 0)
            .Match(() => info, n => n.ItemId == brief.Id, n => !brief.RefersTo.Contains(n.Id))
            // A reason of the passage's own is weighed as any other; this rule supplies only what the brief leaves unsaid.
            .Not<HarmClaim>(c => c.InformationId == info.Id)
            .Query(() => sources, q => q
                .Match<InformationRuling>(r => r.Withhold, r => r.ItemId != brief.Id, r => brief.RefersTo.Contains(r.InformationId))
                .Collect()
                .Where(c => c.Any()))
            .Query(() => documents, q => q.Match<Item>(i => sources.Any(r => r.ItemId == i.Id)).Collect());

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The {info.Words} in {Order.Title(brief)} {info.Verb("repeats", "repeat")} information this order keeps from the public in {Phrases.List(documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(Order.Title))}; the reasons that protect it there protect it here, or the brief would disclose what that document's redaction withholds.", info.Id),
                $"the {info.Words} {info.Verb("repeats", "repeat")} information kept from the public in another document"));
    }
}
