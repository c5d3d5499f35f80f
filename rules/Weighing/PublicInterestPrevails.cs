using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/public-interest-prevails")]
[Description("Where the public interest outweighs a reason that would otherwise suffice, the information is disclosed.")]
[CloseCall("The public interest prevails here on a balance struck case by case; a specific showing of a graver harm would tip it toward sealing.")]
[Tag("weighing"), Tag("discretionary"), Priority(Stratum.Weighing)]
public sealed class PublicInterestPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> reasons = default!;
        IEnumerable<Finding> outweighing = default!;

        When()
            .Match(() => info)
            .Not<Finding>(f => f.InformationId == info.Id,
                f => f.Weight == Weight.ExemptFromAccess || f.Weight == Weight.AccessRequired || f.Weight == Weight.RequiredRedaction)
            .Query(() => reasons, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
                .Collect()
                .Where(c => c.Any()))
            .Query(() => outweighing, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.OutweighedByPublicInterest)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, false, Answers.Ruling(ctx.Rule.Name,
                $"Although {Answers.Gists(reasons)}, {Answers.Gists(outweighing)}; on balance the {Taxonomy.Words(info.Kind)} stays public.",
                info, false, reasons)));
    }
}
