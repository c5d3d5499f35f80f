using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/sufficient-reason")]
[Description("A reason that suffices under the governing standard, not outweighed by the public interest, overcomes the presumption of access; reasons offered that fail do not defeat it.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class SufficientReasonPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> reasons = default!;
        IEnumerable<Finding> failing = default!;

        When()
            .Match(() => info)
            .Not<Finding>(f => f.InformationId == info.Id,
                f => f.Weight == Weight.ExemptFromAccess || f.Weight == Weight.AccessRequired || f.Weight == Weight.RequiredRedaction)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.OutweighedByPublicInterest)
            .Query(() => reasons, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
                .Collect()
                .Where(c => c.Any()))
            .Query(() => failing, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Leans == Leans.Access)
                .Collect());

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, true, false, Answers.Ruling(ctx.Rule.Name,
                failing.Any()
                    ? $"Although {Answers.Gists(failing)}, {Answers.Gists(reasons)}; a reason that suffices is not defeated by others that fail, and the {Taxonomy.Words(info.Kind)} may be kept from the public."
                    : $"Because {Answers.Gists(reasons)}, the presumption of access is overcome as to the {Taxonomy.Words(info.Kind)}, which may be kept from the public.",
                info, true, failing)));
    }
}
