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
        return Grouped(items.Where(i => redactedIds.Contains(i.Id)).Select(i => (i, byItem[i.Id].Select(r => (r.Kind, r.InformationId)))))
            .Select(g => $"{g.What}, from {Phrases.List(g.Items.Select(Title))}");
    }

    /// <summary>
    /// Redacted items, in the order given, grouped by what is removed from them ("the phone number"; "the name and the
    /// birth date"), each kind named once in the taxonomy's order. The predicted order groups several motions' items the
    /// same way (OrderBuilder).
    /// </summary>
    public static IEnumerable<(string What, List<T> Items)> Grouped<T>(IEnumerable<(T Item, IEnumerable<(InformationKind Kind, string Id)> Withheld)> redacted)
        => redacted
            .Select(x => (x.Item, What: Phrases.List(x.Withheld.OrderBy(w => w.Kind).ThenBy(w => w.Id, StringComparer.Ordinal).Select(w => Phrases.The(w.Kind)).Distinct())))
            .GroupBy(x => x.What, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(x => x.Item).ToList()));

    /// <summary>An item as the order names it inside a sentence: its title, else its id.</summary>
    public static string Title(Item item) => item.Title is { } title ? Phrases.Named(title) : item.Id;
}
