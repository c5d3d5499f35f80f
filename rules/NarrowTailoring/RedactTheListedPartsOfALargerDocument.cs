using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

[Name("tailoring/redact-listed-parts")]
[Description("Where every listed piece of a document may be withheld but the rest of the document is not confidential, sealing it whole is not narrowly tailored: the listed parts are redacted and the rest filed publicly.")]
[Tag("narrow-tailoring"), Cites("foltz-redaction"), Priority(Stratum.Tailoring)]
public sealed class RedactTheListedPartsOfALargerDocument : Rule
{
    public override void Define()
    {
        Item item = default!;
        IEnumerable<InformationRuling> rulings = default!;

        When()
            .Match(() => item, i => i.Request == RequestKind.Seal, i => i.Remainder == Remainder.NotConfidential)
            .Query(() => rulings, q => q
                .Match<InformationRuling>(r => r.ItemId == item.Id)
                .Collect()
                .Where(c => c.Count() == item.InformationCount && c.All(r => r.Withhold)));

        Then()
            .Yield(ctx => new ItemRuling(item.Id, item.MotionId, Outcome.Redact, Relief.Partial, false,
                Step.Of(ctx.Rule.Name,
                    "Every piece of information the movant identified may be kept from the public, but the rest of the document is not confidential. Sealing it whole would hide that too, so the document is filed publicly with only those parts redacted; the unredacted version is sealed.")) { TailoredByTheCourt = true });
    }
}
