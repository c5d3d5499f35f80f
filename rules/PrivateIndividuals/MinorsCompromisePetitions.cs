using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("minors/compromise-petition-split")]
[Description("Courts in this circuit split on a request to seal whole the papers for approving a minor's compromise: some seal them on the subject alone, others refuse to seal them whole and have the minor's identifiers redacted under Rule 5.2, sealing the amount the minor receives only where a reason is shown; the engine follows the second view and weighs each part.")]
[Tag("privacy"), Tag("minors"), Tag("split"), Cites("brown-compromise-redacted-not-sealed", "cantu-compromise-not-sealed"), Priority(Stratum.Reasons)]
[CloseCall("Courts split on sealing a minor's compromise papers whole; the engine weighs each part, and a specific showing for the amount the minor receives, with the identifiers reduced as Rule 5.2 requires, asks for what most of these courts grant.")]
[Split(Follows = ["brown-compromise-redacted-not-sealed", "cantu-compromise-not-sealed", "knupp-minor-amount-sealed"], OtherView = ["aa-clovis-compromise-sealed"])]
public sealed class MinorsCompromisePetitions : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        Item item = default!;
        IEnumerable<Information> minors = default!;

        When()
            .Match(() => motion, m => m.Filing == UnderlyingFiling.SettlementApproval)
            .Match(() => item, i => i.MotionId == motion.Id, i => i.Request == RequestKind.Seal)
            .Query(() => minors, q => q
                .Match<Information>(n => n.ItemId == item.Id, n => n.About == Subject.Minor)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => new Caution(item.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Remedies.Order.Title(item))}: papers for the court's approval of a minor's compromise, asked to be sealed whole. Courts in this circuit part ways here: some seal such papers on their subject alone; others refuse to seal them whole, have the minor's name and birth date reduced as Rule 5.2(a) requires, and seal the amount the minor receives only where a reason is shown. The engine weighs each part, as the second group does.",
                minors.Select(n => n.Id).Order(StringComparer.Ordinal).ToArray())));
    }
}
