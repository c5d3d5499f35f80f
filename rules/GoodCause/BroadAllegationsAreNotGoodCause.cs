using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.GoodCause;

[Name("good-cause/broad-allegations")]
[Description("Broad allegations of harm, without specific examples or reasoning, are not good cause.")]
[Tag("good-cause"), Tag("showing"), Cites("beckman-broad-allegations", "foltz-particularized-good-cause"), Priority(Stratum.Reasons)]
[Cure("Show, document by document, the specific prejudice or harm disclosure would cause, with examples or articulated reasoning, in a declaration.")]
public sealed class BroadAllegationsAreNotGoodCause : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing != Showing.Specific)
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.GoodCause);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"The claimed risk of {Phrases.Harm(claim.Kind)} is a broad allegation, not a particularized showing that specific prejudice or harm will result from disclosure of this information; it does not establish good cause.", claim.InformationId),
                $"the claimed risk of {Phrases.Harm(claim.Kind)} is a broad allegation, not a particularized showing"));
    }
}
