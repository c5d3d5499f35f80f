using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Balancing;

[Name("balancing/central-public-interest")]
[Description("Where information is central to the public's understanding of the case, a competitive, privacy or reputational interest does not outweigh access; health information excepted, which courts keep private even where the condition is at issue.")]
[CloseCall("The balance between a central public interest and the movant's interest is struck case by case; a specific showing of a graver harm (personal safety, persecution, trade secrets or a security vulnerability) would tip it toward sealing.")]
[Tag("balancing"), Tag("discretionary"), Cites("pintos-factors", "kamakana-compelling-reasons"), Priority(Stratum.Balancing)]
public sealed class CentralPublicInterestOutweighs : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> reasons = default!;

        When()
            .Match(() => info, i => !Taxonomy.IsHealthInformation(i.Kind), i => i.About != Subject.Minor || !Taxonomy.IsMinorsRecord(i.Kind),
                // In re Electronic Arts: a licence's pricing and royalty terms were sealed though arguably central to the case.
                i => !Taxonomy.IsContractPricing(i.Kind), i => !Taxonomy.IsSecretByNature(i.Kind), i => !Taxonomy.IdentifiesAPerson(i.Kind) || i.IsAtIssue, i => !Taxonomy.IsContactOrPersonalNumber(i.Kind) || i.IsAtIssue)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.PublicInterest == PublicInterest.Central || info.IsAtIssue)
            .Exists<ItemStandard>(s => s.ItemId == info.ItemId, s => s.Standard == Model.Standard.CompellingReasons)
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.Showing == Showing.Specific, c => Taxonomy.OutweighsEvenCentralInterest(c.Kind))
            .Query(() => reasons, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => Weighing.Answers.Outweighed(ctx.Rule.Name, info, reasons,
                "the information is central to the claims and to the public's understanding of how the court decides them. The interest shown is not one of the graver harms (personal safety, persecution, trade secrets or a security vulnerability, shown with specific facts) that outweigh even a central public interest, and on balance it yields to the public's interest in understanding the judicial process.",
                "the information is central to the claims and to the public's understanding of the case, and that interest outweighs the interest shown"));
    }
}
