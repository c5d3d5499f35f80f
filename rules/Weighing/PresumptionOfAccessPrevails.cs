using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/presumption-stands")]
[Description("Where no reason that suffices has been shown, the presumption of access stands.")]
[Tag("weighing"), Cites("foltz-strong-presumption"), Priority(Stratum.Weighing)]
public sealed class PresumptionOfAccessPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> findings = default!;

        When()
            .Match(() => info)
            // Nothing leans toward secrecy, so there is nothing for this ruling to answer.
            .Query(() => findings, q => q
                .Match<Finding>(f => f.InformationId == info.Id)
                .Collect()
                .Where(c => !Answers.Leaning(c, Leans.Secrecy).Any() && !Answers.Any(c, Weight.AccessRequired)));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, findings.Any(f => f.Curable) || !findings.Any(), Answers.Ruling(ctx.Rule.Name,
                $"No reason sufficient to overcome the presumption of access has been shown for the {info.Words}; {info.Verb("it stays", "they stay")} public.",
                info, false, Enumerable.Empty<Finding>())));
    }
}
