using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/denied-without-prejudice")]
[Description("A motion no item of which gets the relief requested, where a better showing could cure the defect, is denied without prejudice to an amended motion.")]
[Tag("remedy"), Cites("aol-without-prejudice", "brady-denied-without-prejudice", "upadhyay-denied-without-prejudice", "mitchell-denied-without-prejudice", "kristensen-denied-without-prejudice", "randall-denied-without-prejudice", "wong-denied-without-prejudice"), Priority(Stratum.Remedy)]
public sealed class DenyWithoutPrejudiceWhenCurable : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        MotionStandard standard = default!;
        IEnumerable<ItemRuling> items = default!;

        When()
            .Match(() => motion)
            .Match(() => standard, s => s.MotionId == motion.Id)
            .Query(() => items, q => q
                .Match<ItemRuling>(r => r.MotionId == motion.Id)
                .Collect()
                .Where(c => c.Count() == motion.ItemCount && c.All(r => r.Relief != Relief.Full) && c.Any(r => r.Curable)));

        Then()
            .Yield(ctx => new MotionRuling(motion.Id, Disposition.Denied, true, Step.Of(ctx.Rule.Name, motion.Posture == Posture.MotionToUnseal ? Remedy.Unsealing(items) :
                (items.Any(r => r.Relief == Relief.Partial)
                    ? "No item receives the relief requested, although narrower redactions are allowed; the motion is denied without prejudice."
                    : "No item receives the relief requested; the motion is denied without prejudice.") +
                $" The movant may file an amended motion that more fully addresses the {Remedy.Showing(standard.Standard)} supporting sealing; if it does not, the items are to be filed as this order directs.")));
    }
}

/// <summary>What an amended motion must more fully address, in the words of the governing standard.</summary>
public static class Remedy
{
    public static string Showing(Model.Standard standard) => standard == Model.Standard.GoodCause ? "good cause" : "compelling reasons";

    /// <summary>
    /// On a motion to unseal the court rules on that motion, not on a request to seal: what stays sealed is what the
    /// motion loses, and no amended motion is awaited (the keeper's showing was due in answer). Said from the outcomes,
    /// whichever remedy rule adds the items up, so the sentence and the disposition a report gives never part.
    /// </summary>
    public static string Unsealing(IEnumerable<ItemRuling> items)
    {
        var list = items.ToList();
        if (list.All(r => r.Outcome == Model.Outcome.Public))
            return "No record stays sealed: the party opposing unsealing has not carried its burden of overcoming the presumption of access, and the motion to unseal is granted.";
        if (list.All(r => r.Outcome == Model.Outcome.Seal))
            return "Every record stays sealed: the party opposing unsealing has carried its burden for each, and the motion to unseal is denied.";
        return "Some records, or parts of them, stay sealed and the rest are unsealed; the motion to unseal is granted in part and denied in part.";
    }
}
