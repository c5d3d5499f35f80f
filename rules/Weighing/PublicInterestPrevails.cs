using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/public-interest-prevails")]
[Description("Where the public interest outweighs a reason that would otherwise suffice, the information is disclosed.")]
[Tag("weighing"), Tag("discretionary"), Priority(Stratum.Weighing)]
public sealed class PublicInterestPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.ExemptFromAccess || f.Weight == Weight.AccessRequired)
            .Exists<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
            .Exists<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.OutweighedByPublicInterest);

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, false, Step.Of(ctx.Rule.Name,
                $"On balance the {Taxonomy.Words(info.Kind)} stays public.", info.Id)));
    }
}
