using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.CompellingReasons;

[Name("compelling/risk-to-persons")]
[Description("A specific showing that disclosure would endanger a person's safety, expose them to persecution or invade their privacy is a compelling reason.")]
[Tag("secrecy"), Tag("compelling-reasons"), Tag("privacy"), Cites("kamakana-compelling-reasons", "aol-identifying-details"), Priority(Stratum.Reasons)]
public sealed class SpecificRiskToPersonsIsCompelling : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;
        Information info = default!;

        When()
            .Match(() => claim, c => c.Showing == Showing.Specific,
                c => c.Kind == HarmKind.Safety || c.Kind == HarmKind.Persecution || c.Kind == HarmKind.Privacy)
            .Match(() => info, n => n.Id == claim.InformationId,
                // Privacy belongs to people; a company's or an agency's own information has none (its safety claim is
                // for the people its file exposes, such as informants).
                n => n.IsAPerson || claim.Kind != HarmKind.Privacy)
            .Exists<Item>(i => i.Id == claim.ItemId, i => !i.ProtectiveOrderOnly,
                i => claim.ComesFromTheDesignator(i))
            .Exists<ItemStandard>(s => s.ItemId == claim.ItemId, s => s.Standard == Model.Standard.CompellingReasons);

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                info.IsAPerson
                    ? $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} that disclosure would expose {Concerned(info.About)} to {PersonalHarm(claim.Kind)}; their interest in {Interest(claim.Kind)} is a compelling reason to keep this information from the public."
                    : $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} that disclosing this {info.Words} would expose the people it names or reveals to {PersonalHarm(claim.Kind)}; their interest in {Interest(claim.Kind)} is a compelling reason to keep it from the public.", claim.InformationId),
                $"{Claimant.Of(claim)} {Claimant.Shown(claim)} that {Concerned(info.About)} {(info.About == Subject.Party ? "has" : "have")} a compelling interest in {Interest(claim.Kind)}"));
    }

    // A party's own information concerns that one party ("the party concerned"); anyone else's, the people it names.
    private static string Concerned(Subject about) => about == Subject.Party ? "the party concerned" : "the people concerned";

    internal static string PersonalHarm(HarmKind kind) => kind switch
    {
        HarmKind.Safety => "a risk to their safety",
        HarmKind.Persecution => "the risk of persecution",
        _ => "an invasion of their privacy",
    };

    internal static string Interest(HarmKind kind) => kind switch
    {
        HarmKind.Safety or HarmKind.Persecution => "their personal safety",
        _ => "their privacy",
    };
}
