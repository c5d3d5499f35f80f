using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/file-redacted-versions")]
[Description("Where items are to be filed with redactions, the order says what is redacted from each, that the redacted versions are filed publicly and the unredacted ones sealed.")]
[Tag("remedy"), Tag("order"), Cites("aol-redacted-filings", "foltz-redaction"), Priority(Stratum.Remedy)]
public sealed class FileRedactedVersions : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        MotionRuling ruling = default!;
        IEnumerable<ItemRuling> redacted = default!;
        IEnumerable<InformationRuling> withheld = default!;
        IEnumerable<Item> items = default!;

        When()
            .Exists<OrderStage>()
            .Match(() => motion)
            .Match(() => ruling, r => r.MotionId == motion.Id)
            .Query(() => redacted, q => q
                .Match<ItemRuling>(r => r.MotionId == motion.Id, r => r.Outcome == Outcome.Redact)
                .Collect()
                .Where(c => c.Any()))
            .Query(() => items, q => q
                .Match<Item>(i => i.MotionId == motion.Id)
                .Collect())
            .Query(() => withheld, q => q
                .Match<InformationRuling>(r => r.Withhold)
                .Collect());

        Then()
            .Yield(ctx => new OrderTerm(motion.Id, 1, Step.Of(ctx.Rule.Name,
                // On a motion to unseal no amended motion is awaited (Remedy.Unsealing).
                (ruling.WithoutPrejudice && motion.Posture != Posture.MotionToUnseal ? "If no amended motion is filed, the items are to be filed with these redactions: " : "The items are to be filed with these redactions: ") +
                string.Join("; ", Order.Redactions(items, redacted, withheld)) +
                ". The redacted versions are filed publicly and the unredacted versions under seal. Any brief that refers to information now redacted is likewise filed in a version redacting only that information, and the unredacted brief remains sealed.")));
    }
}

/// <summary>
/// The order's list of what is redacted, in the order the items were filed: items from which the same information is
/// redacted are named together ("the phone number, from the three emails"), as a court lists redactions by what they
/// remove rather than repeating it for every exhibit.
/// </summary>
public static class Order
{
    public static IEnumerable<string> Redactions(IEnumerable<Item> items, IEnumerable<ItemRuling> redacted, IEnumerable<InformationRuling> withheld)
    {
        var redactedIds = redacted.Select(r => r.ItemId).ToHashSet(StringComparer.Ordinal);
        var byItem = withheld.ToLookup(r => r.ItemId, StringComparer.Ordinal);
        return items.Where(i => redactedIds.Contains(i.Id))
            .Select(i => (Item: i, What: Phrases.List(byItem[i.Id].OrderBy(r => r.Kind).ThenBy(r => r.InformationId, StringComparer.Ordinal).Select(r => Phrases.The(r.Kind)).Distinct())))
            .GroupBy(x => x.What, StringComparer.Ordinal)
            .Select(g => $"{g.Key}, from {Phrases.List(g.Select(x => Title(x.Item)))}");
    }

    /// <summary>An item as the order names it inside a sentence: its title, else its id.</summary>
    public static string Title(Item item) => item.Title is { } title ? Phrases.MidSentence(title) : item.Id;
}
