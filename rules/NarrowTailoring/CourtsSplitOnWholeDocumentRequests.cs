using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

[Name("tailoring/whole-document-split")]
[Description("A request to seal whole documents of which only parts may be withheld is not narrowly tailored; courts split between denying it and tailoring it themselves, and the engine tailors it.")]
[Tag("narrow-tailoring"), Tag("split"), Cites("foltz-redaction"), Priority(Stratum.Remedy)]
[CloseCall("Courts split on a request to seal a whole document of which only parts are sensitive: some deny it for want of narrow tailoring, others order the redactions themselves; proposing the redactions removes the question.")]
[Split(Follows = ["muhaymin-court-requires-redaction", "herron-seals-listed-pages"], OtherView = ["hatch-whole-documents-denied"])]
public sealed class CourtsSplitOnWholeDocumentRequests : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        IEnumerable<ItemRuling> tailored = default!;
        IEnumerable<Item> items = default!;

        When()
            .Match(() => motion)
            .Query(() => tailored, q => q
                .Match<ItemRuling>(r => r.MotionId == motion.Id, r => r.TailoredByTheCourt)
                .Collect()
                .Where(c => c.Any()))
            .Query(() => items, q => q
                .Match<Item>(i => i.MotionId == motion.Id)
                .Collect());

        Then()
            .Yield(ctx => new Caution(motion.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.MotionNamed(motion.Id)}: it asks to seal whole documents of which only parts may be kept from the public ({Phrases.List(items.Where(i => tailored.Any(r => r.ItemId == i.Id)).OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => Remedies.Order.Title(i)))}). Such a request is not narrowly tailored. Some courts deny it outright and leave the movant to propose redactions; others tailor it themselves and order a redacted public version. The engine tailors it, as Herron did; a movant should propose the redactions itself.")) { AboutTheMotion = true });
    }
}
