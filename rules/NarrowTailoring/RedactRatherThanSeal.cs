using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

[Name("tailoring/redact-not-seal")]
[Description("Where only part of an item may be withheld, the remedy is a narrow redaction, not sealing the whole item.")]
[Tag("narrow-tailoring"), Cites("foltz-redaction", "hedrick-redactions"), Priority(Stratum.Tailoring)]
public sealed class RedactRatherThanSeal : Rule
{
    public override void Define()
    {
        Item item = default!;
        IEnumerable<InformationRuling> rulings = default!;

        When()
            .Match(() => item)
            .Query(() => rulings, q => q
                .Match<InformationRuling>(r => r.ItemId == item.Id)
                .Collect()
                .Where(c => c.Count() == item.InformationCount && c.Any(r => r.Withhold) && c.Any(r => !r.Withhold)));

        Then()
            .Yield(ctx => new ItemRuling(item.Id, item.MotionId, Outcome.Redact, Relief.Partial,
                rulings.Any(r => !r.Withhold && r.Curable),
                Step.Of(ctx.Rule.Name, item.Request == RequestKind.Seal
                    ? "Only part of the item may be kept from the public. Sealing it whole would hide meaningful information the public is entitled to, so the item is filed publicly with only that part redacted; the unredacted version is sealed."
                    : "Only part of what the movant asked to redact may be redacted; the item is filed publicly with those redactions alone, and the unredacted version is sealed.")) { TailoredByTheCourt = item.Request == RequestKind.Seal });
    }
}
