using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

[Name("tailoring/seal-whole-item")]
[Description("An item all of whose information may be withheld is sealed (or redacted, if that is all the movant asked).")]
[Tag("narrow-tailoring"), Cites("kamakana-compelling-reasons"), Priority(Stratum.Tailoring)]
public sealed class SealWhenNothingMayBePublic : Rule
{
    public override void Define()
    {
        Item item = default!;
        IEnumerable<InformationRuling> rulings = default!;

        When()
            // A seal request for a document that holds more than the listed information is tailoring/redact-listed-parts';
            // one whose words place the harm in part of it, the rest unspoken for, is tailoring/words-locate-the-harm's.
            .Match(() => item, i => i.Request == RequestKind.Redact
                || (i.Remainder != Remainder.NotConfidential && !(i.Remainder == null && i.HarmLocatedAt != null)))
            .Query(() => rulings, q => q
                .Match<InformationRuling>(r => r.ItemId == item.Id)
                .Collect()
                .Where(c => c.Count() == item.InformationCount && c.All(r => r.Withhold)));

        Then()
            .Yield(ctx => new ItemRuling(item.Id, item.MotionId,
                item.Request == RequestKind.Seal ? Outcome.Seal : Outcome.Redact, Relief.Full, false,
                Step.Of(ctx.Rule.Name, item.Request == RequestKind.Seal
                    ? "Every piece of information the movant identified may be kept from the public, and nothing else in the document is said to be public, so redaction would leave nothing meaningful to disclose: the item is filed under seal."
                    : "Every piece of information the movant asked to redact may be redacted; the redacted version is filed publicly and the unredacted version under seal.")));
    }
}
