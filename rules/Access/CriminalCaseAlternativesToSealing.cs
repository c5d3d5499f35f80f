using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

/// <summary>
/// In a criminal case the First Amendment right of access adds a question the common-law weighing does not ask: whether
/// an alternative to closure (a redacted filing) would protect the interest. The party seeking closure must show it
/// would not. Some courts deny a whole-document request on that ground alone, whatever the showing of harm.
/// </summary>
[Name("access/criminal-alternatives-to-sealing")]
[Description("Where the First Amendment right of access attaches to a criminal case's records, the party seeking to seal must also show that no alternative, such as redaction, would protect its interest; a request to seal whole documents should say why redaction would not.")]
[Tag("access"), Tag("criminal"), Cites("oregonian-alternatives-burden", "warren-alternatives-not-shown"), Priority(Stratum.Remedy)]
public sealed class CriminalCaseAlternativesToSealing : Rule
{
    public override void Define()
    {
        Motion motion = default!;
        Item item = default!;

        When()
            .Match(() => motion, m => m.Criminal, m => m.Posture == Posture.MotionToSeal)
            // A record traditionally kept secret (a grand-jury transcript) carries no right of access to weigh.
            .Match(() => item, i => i.MotionId == motion.Id, i => i.Request == RequestKind.Seal, i => i.TraditionallySecret == TraditionallySecret.None)
            .Exists<ItemRuling>(r => r.ItemId == item.Id, r => r.Outcome == Outcome.Seal);

        Then()
            .Yield(ctx => new Caution(item.Id, Step.Of(ctx.Rule.Name,
                $"{Phrases.Capitalized(Remedies.Order.Title(item))}: in a criminal case, where the First Amendment right of access attaches, the party seeking to seal must also show that no alternative, such as a redacted public version, would protect its interest. Some courts deny a request to seal a whole document that does not show it, however specific the showing of harm; the engine seals on the showing. Say why redaction would not do.")));
    }
}
