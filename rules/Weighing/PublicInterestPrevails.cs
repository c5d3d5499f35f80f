using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/public-interest-prevails")]
[Description("Where the public interest outweighs a reason that would otherwise suffice, the information is disclosed.")]
// Not itself discretionary: the balance is struck by the balancing rule that found the public interest weightier
// (each is tagged discretionary or split and says what would tip it); repeating a generic close call here printed two
// close calls for one balance.
[Tag("weighing"), Cites("pintos-factors"), Priority(Stratum.Weighing)]
public sealed class PublicInterestPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> findings = default!;

        When()
            .Match(() => info)
            .Query(() => findings, q => q
                .Match<Finding>(f => f.InformationId == info.Id)
                .Collect()
                .Where(c => Answers.Any(c, Weight.SufficientReason) && Answers.Any(c, Weight.OutweighedByPublicInterest)
                    && !Answers.Any(c, Weight.ExemptFromAccess, Weight.AccessRequired, Weight.RequiredRedaction)));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, false, Answers.Ruling(ctx.Rule.Name,
                $"Although {Answers.Gists(Answers.Of(findings, Weight.SufficientReason))}, {Answers.Gists(Answers.Of(findings, Weight.OutweighedByPublicInterest))}; on balance the {info.Words} {info.Verb("stays", "stay")} public.",
                info, false, Answers.Of(findings, Weight.SufficientReason))));
    }
}
