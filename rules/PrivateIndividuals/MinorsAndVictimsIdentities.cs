using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/minors-and-victims")]
[Description("The identities of minors and of victims are kept from the public even where no one argued for it.")]
[Tag("secrecy"), Tag("privacy"), Cites("aol-identifying-details", "pintos-redaction-understanding"), Priority(Stratum.Reasons)]
public sealed class MinorsAndVictimsIdentities : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => !i.IsAtIssue,
                i => i.Kind == InformationKind.MinorIdentity || i.Kind == InformationKind.VictimIdentity ||
                     (i.About == Subject.Minor && i.Kind == InformationKind.Name))
            .Not<HarmClaim>(c => c.InformationId == info.Id, c => !Taxonomy.NeverCompellingAlone(c.Kind));

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                "The information identifies a minor or a victim. The public has no real interest in who they are, and redacting their identity does not compromise its understanding of the case.", info.Id),
                "the public has no real interest in the identity of a minor or a victim"));
    }
}
