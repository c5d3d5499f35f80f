using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Privilege;

[Name("privilege/asserted")]
[Description("Calling material privileged or work product, without showing that it is, is no reason to seal it.")]
[Tag("never-suffices"), Tag("privilege"), Cites("seagate-not-privileged", Earlier = ["kamakana-conclusory"]), Priority(Stratum.Reasons)]
[Cure("Show, in a declaration, that each document is a confidential communication between lawyer and client for legal advice (or work product prepared for litigation), and that the protection has not been waived.")]
public sealed class PrivilegeAssertedIsNotShown : Rule
{
    public override void Define()
    {
        Information info = default!;
        Item item = default!;

        When()
            .Match(() => info)
            .Match(() => item, i => i.Id == info.ItemId, i => i.RestsOn.Contains(Ground.Privilege))
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => c.Showing == Showing.Specific, c => c.Kind == HarmKind.Privacy);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Claimant.ForItem(item))} calls the {info.Words} privileged but does not show that {info.Verb("it is", "they are")}: a label of privilege or work product, without facts showing a confidential communication for legal advice or material prepared for litigation, is no reason to seal.", info.Id),
                "the material is called privileged but not shown to be"));
    }
}
