using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/improper-use")]
[Description("A specific showing that the record would become a vehicle for spite, scandal or libel is a compelling reason.")]
[Tag("secrecy"), Tag("compelling-reasons"), Cites("kamakana-improper-purposes"), Priority(Stratum.Reasons)]
public sealed class SpecificRiskOfImproperUseIsCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific, c => c.Kind == HarmKind.ImproperUse)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} that this information would be used to gratify private spite, promote public scandal or circulate libelous statements; the court's files need not become a vehicle for such improper purposes.", claim.InformationId),
                $"the record would become a vehicle for spite, scandal or libel, as {Claimant.Of(claim)} {Claimant.Shows(claim)}"));
    }
}
