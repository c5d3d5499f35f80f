using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Balancing;

/// <summary>
/// A statement that only names the records as health information is read as specific for what it shows (the nature of
/// the record). That is the general privacy claim the at-issue orders reject once the person has put the condition at
/// issue: the nature of the record does not say why this record, now evidence, should be kept from the public.
/// </summary>
[Name("balancing/health-at-issue-nature-alone")]
[Description("Where a person has put a health condition at issue, a privacy interest shown only from the records' nature (no specific facts about why these records should be withheld) yields to the public's interest in the evidence, under compelling reasons.")]
[CloseCall("Courts split on sealing health records a party has put at issue; specific facts about why particular records should be withheld (beyond their being health records) would tip the call toward sealing.")]
[Tag("balancing"), Tag("privacy"), Tag("health"), Tag("split"), Tag("discretionary"), Cites("salgado-at-issue-not-sealable"), Priority(Stratum.Balancing)]
[Split(Follows = ["salgado-at-issue-not-sealable"], OtherView = ["johnsen-own-records-sealed"])]
public sealed class HealthAtIssueNatureAlone : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> reasons = default!;

        When()
            .Match(() => info, i => Taxonomy.IsHealthInformation(i.Kind), i => i.IsAPerson, i => i.IsPutAtIssueByItsSubject)
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy, c => c.Showing == Showing.Specific, c => c.CarriedByKind)
            // Specific facts given for this information, of any harm, are more than the record's nature.
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.Showing == Showing.Specific, c => !c.CarriedByKind)
            .Exists<ItemStandard>(s => s.ItemId == info.ItemId, s => s.Standard == Model.Standard.CompellingReasons)
            .Query(() => reasons, q => q
                .Match<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(ctx => Weighing.Answers.Outweighed(ctx.Rule.Name, info, reasons,
                "the person concerned has put the condition these records describe at issue. That the records are health records is the general privacy claim such a party cannot rest on: the movant gives no specific facts about why these records, now evidence on the claims, should be withheld, and the public's interest in the evidence prevails.",
                "the person has put the condition at issue, and the movant shows no more than that the records are health records"));
    }
}
