using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Rule52;

[Name("rule-5-2/mandatory-redaction")]
[Description("Social Security and taxpayer numbers, birth dates, minors' names and financial-account numbers are redacted under Rule 5.2(a) whether or not anyone moved to seal.")]
[Tag("secrecy"), Tag("rule-5-2"), Tag("privacy"), Cites("r52-a"), InForce(From = "2007-12-01"), Priority(Stratum.Reasons)]
public sealed class MandatoryPrivacyRedactions : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => Taxonomy.IsRule52Identifier(i), i => !i.WaivedByOwner, i => !i.UnredactedByOrder)
            .Not<Item>(i => i.Id == info.ItemId, i => i.Rule52Exemption != Rule52Exemption.None)
            .Match<LawDate>(d => d.AsOf >= LawDates.Rule52);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.RequiredRedaction, false, Step.Of(ctx.Rule.Name,
                $"Rule 5.2(a) itself limits what any filing may show of the {info.Words} ({Rule52Redactions.Form(info.Kind)}). No exemption of Rule 5.2(b) is claimed, no waiver under Rule 5.2(h) is shown, and no order provides otherwise, so no showing is needed.", info.Id),
                $"Rule 5.2(a) requires the redaction of the {info.Words}"));
    }
}

/// <summary>What Rule 5.2(a) leaves visible of each kind of information.</summary>
public static class Rule52Redactions
{
    public static string Form(InformationKind kind) => kind switch
    {
        InformationKind.Ssn or InformationKind.TaxpayerId or InformationKind.FinancialAccount => "only the last four digits may appear",
        InformationKind.Birthdate => "only the year may appear",
        _ => "only the minor's initials may appear",
    };
}
