using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/access-required")]
[Description("Where a finding requires access whatever the showing, the information is disclosed, and the reasons for secrecy yield to it.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class AccessRequiredPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> bars = default!;
        IEnumerable<Finding> reasons = default!;

        When()
            .Match(() => info)
            .Not<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.ExemptFromAccess || f.Weight == Weight.RequiredRedaction)
            .Query(() => bars, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.AccessRequired)
                .Collect()
                .Where(c => c.Any()))
            .Query(() => reasons, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Leans == Leans.Secrecy)
                .Collect());

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, bars.Any(b => b.Curable), Answers.Ruling(ctx.Rule.Name,
                reasons.Any()
                    ? $"Although {Answers.Gists(reasons)}, {Answers.Gists(bars)}; the {Taxonomy.Words(info.Kind)} may not be redacted."
                    : $"Because {Answers.Gists(bars)}, the {Taxonomy.Words(info.Kind)} may not be redacted.",
                info, false, reasons)));
    }
}
