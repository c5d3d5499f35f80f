using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/presumption-stands")]
[Description("Where no reason that suffices has been shown, the presumption of access stands.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class PresumptionOfAccessPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> failures = default!;

        When()
            .Match(() => info)
            // Nothing leans toward secrecy, so there is nothing for this ruling to answer.
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Leans == Leans.Secrecy)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.AccessRequired)
            .Query(() => failures, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.InsufficientReason)
                .Collect());

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, failures.Any(f => f.Curable) || !failures.Any(), Answers.Ruling(ctx.Rule.Name,
                $"No reason sufficient to overcome the presumption of access has been shown for the {Taxonomy.Words(info.Kind)}; it stays public.",
                info, false, Enumerable.Empty<Finding>())));
    }
}
