using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.WhatNeverSuffices;

[Name("never-suffices/confidentiality-agreement")]
[Description("An agreement to keep material confidential (a settlement's, an arbitration's, a contract's) does not by itself overcome the presumption of access; the movant must still show the harm disclosure would cause.")]
[Tag("never-suffices"), Cites("ucp-agreement-not-enough", "accenture-settlement-stipulation-not-enough", Earlier = ["sepracor-confidentiality-term-not-enough"]), Priority(Stratum.Reasons)]
[Cure("Say what harm disclosure of these terms would cause, with specific facts in a declaration (for example, how competitors or other claimants would use them); the agreement to keep them confidential is not itself a reason.")]
public sealed class ConfidentialityAgreementIsNotAReason : Rule
{
    public override void Define()
    {
        Information info = default!;
        Item item = default!;

        When()
            .Match(() => info)
            .Match(() => item, i => i.Id == info.ItemId, i => i.RestsOn.Contains(Ground.ConfidentialityAgreement), i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.InsufficientReason, true, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Claimant.ForItem(item))} relies on an agreement to keep the {info.Words} confidential. Parties cannot contract their way out of the presumption of access: an agreement of confidentiality is not by itself a reason to seal, and {Claimant.ForItem(item)} must still show what harm disclosure would cause.", info.Id),
                "an agreement to keep the material confidential is not itself a reason to seal"));
    }
}
