using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/access-required")]
[Description("Where a finding requires access whatever the showing, the information is disclosed.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class AccessRequiredPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> bars = default!;

        When()
            .Match(() => info)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.ExemptFromAccess)
            .Query(() => bars, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.AccessRequired)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, bars.Any(b => b.Curable), Step.Of(ctx.Rule.Name,
                $"The {Taxonomy.Words(info.Kind)} may not be redacted.", info.Id)));
    }
}
