using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PublicOfficials;

[Name("officials/assumed-official-channel")]
[Description("Structural, citing nothing: an assumption about a fact the request leaves out, stated so the user can correct it; the rules that then apply cite their own authority. Where the request does not say whether an official's email account is official or personal, the engine assumes official and says so.")]
[Tag("public-officials"), Tag("assumption"), Priority(Stratum.Reasons)]
public sealed class UnstatedChannelIsAssumedOfficial : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.Kind == InformationKind.EmailAddress, i => i.About == Subject.PublicOfficial,
                i => i.Channel == null);

        Then()
            .Yield(ctx => new Caution(info.Id, Step.Of(ctx.Rule.Name,
                $"Information {info.Id}: the request does not say whether the official's email account is official or personal; the engine assumed an official account. If it is a personal account, say so (channel: personal).", info.Id)));
    }
}
