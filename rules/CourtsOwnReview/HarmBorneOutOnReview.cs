using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CourtsOwnReview;

[Name("review/harm-borne-out")]
[Description("Where the court's own reading of the document shows that disclosure would cause the harm, it may rest its ruling on that factual basis.")]
[Tag("secrecy"), Tag("review"), Cites("hagestad-articulate-basis", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class HarmBorneOutOnReview : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.CourtReview == CourtReview.Harmful)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"On its own review of the document, the court finds that disclosing the {info.Words} would cause the harm claimed; that finding is the articulated factual basis a sealing ruling needs, resting on the document itself rather than on hypothesis or conjecture.", info.Id),
                $"the court's own review of the document shows that disclosing the {info.Words} would cause harm"));
    }
}
