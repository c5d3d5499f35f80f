using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.NarrowTailoring;

/// <summary>
/// A prisoner who testified against a gang asks to seal his whole habeas action "if my name appears on this petition":
/// the danger he shows comes from his being identified, and withholding his name answers it. The petition's contents,
/// once nothing in the public record leads to him, expose him to nothing; sealing them too hides more than the danger
/// requires. Only where the danger is the only reason given for them: a privacy reason of their own is weighed as usual.
/// </summary>
[Name("tailoring/anonymity-answers-the-danger")]
[Description("Where the movant's words tie a danger to a person's being identified and what identifies that person is withheld, the rest of that person's information, whose only reason is the danger, stays public: withholding the identity answers the danger.")]
[Tag("narrow-tailoring"), Tag("safety"), Cites("foltz-redaction", "aol-identifying-details"), Priority(Stratum.AfterRulings)]
[Cure("Show how this information, with the person's name and other identifying details withheld, would still lead those who threaten the person to them (for example, facts only that person could have given).")]
public sealed class AnonymityAnswersTheDanger : Rule
{
    public override void Define()
    {
        Information info = default!;
        Item item = default!;
        HarmClaim claim = default!;

        When()
            .Match(() => info, i => !Taxonomy.PointsToAPerson(i.Kind), i => i.IsAPerson)
            .Match(() => item, i => i.Id == info.ItemId, i => i.DangerFromIdentity != null)
            .Match(() => claim, c => c.InformationId == info.Id, c => c.Kind == HarmKind.Safety || c.Kind == HarmKind.Persecution)
            // The danger is its only reason: a privacy reason of its own (a medical record) is not answered by anonymity.
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.Kind != HarmKind.Safety && c.Kind != HarmKind.Persecution)
            .Exists<Finding>(f => f.InformationId == info.Id, f => f.Weight == Weight.SufficientReason)
            .Exists<InformationRuling>(r => r.ItemId == info.ItemId, r => r.Withhold, r => r.About == info.About,
                r => Taxonomy.PointsToAPerson(r.Kind));

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.AccessRequired, true, Step.Of(ctx.Rule.Name,
                $"The danger {Claimant.Of(claim)} shows comes from {Whose(info.About)} being identified (“{item.DangerFromIdentity}”). With what identifies {Them(info.About)} withheld, the {info.Words} {info.Verb("does", "do")} not lead anyone to {Them(info.About)}; keeping {info.Verb("it", "them")} from the public too would hide more than the danger requires, and {info.Verb("it stays", "they stay")} public.", info.Id),
                $"once what identifies {Them(info.About)} is withheld, the {info.Words} {info.Verb("does", "do")} not expose {Them(info.About)} to the danger shown"));
    }

    private static string Whose(Subject about) => about == Subject.Party ? "the party's" : "their";

    private static string Them(Subject about) => about == Subject.Party ? "the party" : "them";
}
