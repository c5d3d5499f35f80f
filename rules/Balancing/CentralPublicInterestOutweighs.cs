using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Balancing;

[Name("balancing/central-public-interest")]
[Description("Where information is central to the public's understanding of the case, a competitive, privacy or reputational interest does not outweigh access; health information excepted, which courts keep private even where the condition is at issue.")]
[Tag("balancing"), Tag("discretionary"), Cites("pintos-factors", "kamakana-compelling-reasons"), Priority(Stratum.Balancing)]
public sealed class CentralPublicInterestOutweighs : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => !Taxonomy.IsHealthInformation(i.Kind), i => !Taxonomy.IsSecretByNature(i.Kind), i => !Taxonomy.IdentifiesAPerson(i.Kind) || i.AtIssue, i => !Taxonomy.IsContactOrPersonalNumber(i.Kind) || i.AtIssue)
            .Exists<Item>(i => i.Id == info.ItemId, i => i.PublicInterest == PublicInterest.Central || info.AtIssue)
            .Exists<ItemStandard>(s => s.ItemId == info.ItemId, s => s.Standard == Model.Standard.CompellingReasons)
            .Exists<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.Showing == Showing.Specific, c => Taxonomy.OutweighsEvenCentralInterest(c.Kind));

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.OutweighedByPublicInterest, false, Step.Of(ctx.Rule.Name,
                "The information is central to the claims and to the public's understanding of how the court decides them. Weighing the public interest in understanding the judicial process against the movant's interest, which is neither a trade secret nor a risk to anyone's safety, the balance favors access.", info.Id)));
    }
}
