using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Privilege;

[Name("privilege/shown")]
[Description("Material the movant shows, with specific facts, to be protected by the attorney-client privilege or as work product may be kept from the public, under either standard.")]
[Tag("secrecy"), Tag("privilege"), Cites("mogal-privileged-sealable", "netscape-attorney-client-emails-sealed"), Priority(Stratum.Reasons)]
public sealed class PrivilegeShownIsAReason : Rule
{
    public override void Define()
    {
        HarmClaim claim = default!;

        When()
            // The showing is of the communication's confidentiality (a privacy claim); a specific showing of another harm
            // (competitors, trade secrets) says nothing of whether the material is privileged.
            .Match(() => claim, c => c.Showing == Showing.Specific, c => c.Kind == HarmKind.Privacy)
            .Exists<Item>(i => i.Id == claim.ItemId, i => i.RestsOn.Contains(Ground.Privilege), i => !i.ProtectiveOrderOnly, i => claim.ComesFromTheDesignator(i));

        Then()
            .Yield(ctx => new Finding(claim.InformationId, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"{Claimant.Cap(claim)} {Claimant.Shows(claim)} that the material is protected by the attorney-client privilege or is work product, and nothing shows the protection was waived; privileged material is sealable.", claim.InformationId),
                "the material is shown to be privileged"));
    }
}
