using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PublicOfficials;

/// <summary>
/// Rank-and-file employees named in passing (other officers' discipline cited to show a pattern, staff named in
/// records) are peripheral to the case; courts redact the names and leave what happened public.
/// </summary>
[Name("officials/lower-level-names")]
[Description("The name of a lower-level official who is not at the heart of the case may be redacted to spare them annoyance or harassment, while what the record says stays public.")]
[CloseCall("Whether an official's name is peripheral is a judgment on the whole record; a showing that the official's own conduct is at the heart of the claims would tip it toward access.")]
[Tag("secrecy"), Tag("public-officials"), Tag("privacy"), Tag("discretionary"), Cites("lissner-diminished-privacy", "lahr-employee-privacy", "lahr-lower-level-stronger"), Priority(Stratum.Reasons)]
public sealed class LowerLevelOfficialsNamesMayBeWithheld : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.Name, i => i.About == Subject.PublicOfficial,
                i => i.Seniority != Seniority.Senior, i => !i.IsAtIssue)
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => !Taxonomy.NeverCompellingAlone(c.Kind))
            .Not<Item>(i => i.Id == info.ItemId, i => i.PublicInterest == PublicInterest.Central);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                "The official is a lower-level employee whose identity is peripheral to the claims. Public employees keep an interest in privacy against annoyance and harassment, stronger for lower-level officials than for senior ones; redacting the name protects it while what the record says about the conduct stays public.", info.Id),
                "a lower-level official peripheral to the claims keeps an interest in not being named"));
    }
}
