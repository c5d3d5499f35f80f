using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

[Name("tailoring/words-locate-the-harm")]
[Description("Where the movant's own words place the harm in part of a document it asks to seal whole (\"slides 4-9\"), and nothing says the rest is confidential, sealing it whole is not narrowly tailored: the parts identified are redacted and the rest filed publicly.")]
[Tag("narrow-tailoring"), Cites("foltz-redaction", "muhaymin-court-requires-redaction"), Priority(Stratum.Tailoring)]
public sealed class RedactWhereTheWordsLocateTheHarm : Rule
{
    public override void Define()
    {
        Item item = default!;
        IEnumerable<InformationRuling> rulings = default!;

        When()
            // Only where the request is silent on the rest: a stated remainder decides (tailoring/redact-listed-parts,
            // tailoring/seal-whole-item).
            .Match(() => item, i => i.Request == RequestKind.Seal, i => i.Remainder == null, i => i.HarmLocatedAt != null)
            .Query(() => rulings, q => q
                .Match<InformationRuling>(r => r.ItemId == item.Id)
                .Collect()
                .Where(c => c.Count() == item.InformationCount && c.All(r => r.Withhold)));

        Then()
            .Yield(ctx => new ItemRuling(item.Id, item.MotionId, Outcome.Redact, Relief.Partial, false,
                Step.Of(ctx.Rule.Name,
                    $"The movant's own words place the harm in part of the document (“{item.HarmLocatedAt}”), and the request does not say the rest of it is confidential. Sealing the whole would hide that rest too, so the document is filed publicly with only the parts identified redacted; the unredacted version is sealed.")) { TailoredByTheCourt = true });
    }
}
