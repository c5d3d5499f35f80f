using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/sufficient-reason")]
[Description("A reason that suffices under the governing standard, not outweighed by the public interest, overcomes the presumption of access.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class SufficientReasonPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.ExemptFromAccess || f.Weight == Weight.AccessRequired)
            .Exists<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.OutweighedByPublicInterest);

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, true, false, Step.Of(ctx.Rule.Name,
                $"The presumption of access is overcome as to the {Taxonomy.Words(info.Kind)}, which may be redacted.", info.Id)));
    }
}
