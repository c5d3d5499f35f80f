using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Statutes;

[Name("statute/not-decisive")]
[Description("Courts split on a statute said to make a record confidential: some hold that a statute protecting records in other hands (HIPAA, FERPA) is not itself a basis for sealing, others seal where a statute requires it; the engine follows the first view and weighs the information itself.")]
[Tag("never-suffices"), Tag("statute"), Tag("split"), Cites("urbina-statute-not-a-basis"), Priority(Stratum.Reasons)]
[CloseCall("Courts split on whether a statute making records confidential decides a motion to seal; a statute that itself requires filing under seal (as 18 U.S.C. § 3509(d)(2) does for child victims) tips the call toward sealing.")]
[Split(Follows = ["urbina-statute-not-a-basis"], OtherView = ["pelton-statute-requires-sealing"])]
[Cure("Beyond the statute, show the harm disclosure of this information would cause (for health or student records, whose privacy is at stake and how), with specific facts.")]
public sealed class StatuteAloneIsNotDecisive : Rule
{
    public override void Define()
    {
        Information info = default!;
        Item item = default!;

        When()
            .Match(() => info)
            .Match(() => item, i => i.Id == info.ItemId, i => i.RestsOn.Contains(Ground.Statute), i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Claimant.ForItem(item))} relies on a statute said to make the {info.Words} confidential. A statute that governs how others keep such records is not itself a reason for the court to seal them; the court weighs the information itself, and {Claimant.ForItem(item)} must still meet the governing standard.", info.Id),
                "a statute protecting such records elsewhere is not itself a reason to seal"));
    }
}
