using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CourtsOwnReview;

[Name("review/innocuous")]
[Description("Where the court's own reading of the document finds nothing in it that could cause the harm claimed, no reason for secrecy is shown.")]
[Tag("review"), Cites("aol-innocuous-opinions", "aol-review-no-compelling", Earlier = ["kamakana-improper-purposes"]), Priority(Stratum.Reasons)]
[Cure("Point to the specific passages whose disclosure would cause harm and explain, in a declaration, how; the court's own reading found nothing sensitive.")]
public sealed class InnocuousOnReview : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.CourtReview == CourtReview.Innocuous)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"On its own review of the document, the court finds the {info.Words} innocuous: nothing there could be used for scandalous or libelous purposes or would cause a specific harm if disclosed, and the court discerns no reason to protect that information from public disclosure.", info.Id),
                $"the court's own review finds nothing harmful in the {info.Words}"));
    }
}
