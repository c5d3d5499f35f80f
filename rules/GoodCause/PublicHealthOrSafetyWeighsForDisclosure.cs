using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.GoodCause;

[Name("good-cause/public-health-or-safety")]
[Description("Under good cause, once harm is shown the court balances the public and private interests; information important to public health or safety weighs for disclosure, and outweighs a commercial or reputational interest.")]
[Tag("good-cause"), Tag("balancing"), Tag("discretionary"), Cites("phillips-balance-interests"), Priority(Stratum.Balancing)]
[CloseCall("The good-cause balance turns on how much the information matters to public health or safety; a showing that the information is peripheral to that concern, or that disclosure would harm people rather than a business, would tip it toward protection.")]
public sealed class PublicHealthOrSafetyWeighsForDisclosure : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> reasons = default!;

        When()
            // People's own privacy and minors' records are not weighed away by a public-health interest.
            .Match(() => info, i => Taxonomy.IsInstitutionalInformation(i.Kind))
            .Exists<Item>(i => i.Id == info.ItemId, i => i.PublicHealthOrSafety)
            .Exists<ItemStandard>(s => s.ItemId == info.ItemId, s => s.Standard == Model.Standard.GoodCause)
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.Showing == Showing.Specific, c => Taxonomy.OutweighsEvenCentralInterest(c.Kind))
            .Query(() => reasons, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => Weighing.Answers.Outweighed(ctx.Rule.Name, info, reasons,
                "good cause also requires balancing the public and private interests, and the information is important to public health or safety. That public interest outweighs a commercial or reputational interest in keeping it confidential.",
                "the information is important to public health or safety, and that interest outweighs the private interest shown"));
    }
}
