using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Remedies;

[Name("remedy/briefs-follow-redactions")]
[Description("A brief or declaration that refers to information redacted from another item is filed in a version redacting that information too, and the unredacted version is sealed.")]
[Tag("remedy"), Tag("order"), Cites("aol-redacted-filings", "foltz-redaction"), Priority(Stratum.Remedy)]
public sealed class BriefsFollowTheRedactions : Rule
{
    public override void Define()
    {
        Item brief = default!;
        IEnumerable<InformationRuling> referred = default!;

        When()
            .Exists<OrderStage>()
            .Match(() => brief, i => i.RefersTo.Count > 0)
            .Query(() => referred, q => q
                .Match<InformationRuling>(r => r.Withhold, r => brief.RefersTo.Contains(r.InformationId))
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => new OrderTerm(brief.MotionId, 2, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Order.Title(brief))} refers to information now redacted from other items ({Phrases.List(referred.OrderBy(r => r.Kind).Select(r => Phrases.The(r.Kind)).Distinct())}); it is filed in a version redacting that information as well, and the unredacted version is sealed.")));
    }
}
