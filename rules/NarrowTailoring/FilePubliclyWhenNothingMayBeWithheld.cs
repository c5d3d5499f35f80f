using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

[Name("tailoring/file-publicly")]
[Description("An item none of whose information may be withheld is filed publicly as it is.")]
[Tag("narrow-tailoring"), Cites("kamakana-strong-presumption"), Priority(Stratum.Tailoring)]
public sealed class FilePubliclyWhenNothingMayBeWithheld : Rule
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
                .Where(c => c.Count() == item.InformationCount && c.All(r => !r.Withhold)));

        Then()
            .Yield(ctx => new ItemRuling(item.Id, item.MotionId, Outcome.Public, Relief.None,
                rulings.Any(r => r.Curable),
                Step.Of(ctx.Rule.Name, "Nothing in the item may be kept from the public on this record; it is to be filed publicly.")));
    }
}
