using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Standard;

[Name("standard/unfiled-discovery")]
[Description("Discovery that was never filed is not a judicial record; it may be protected only by a Rule 26(c) order on good cause.")]
[Tag("standard"), Cites("sjmn-discovery-presumptively-public", "r26c-good-cause"), Priority(Stratum.Standard)]
public sealed class UnfiledDiscoveryIsNotAJudicialRecord : Rule
{
    public override void Define()
    {
        Motion motion = default!;

        When()
            .Match(() => motion, m => m.StatedRelation == null, m => m.Filing == UnderlyingFiling.UnfiledDiscovery);

        Then()
            .Yield(ctx => new MotionStandard(motion.Id, Model.Standard.GoodCause, Step.Of(ctx.Rule.Name,
                "The material was exchanged in discovery and never filed: it is not a judicial record, and the common-law presumption of access to court files does not reach it. Discovery is nonetheless presumptively public unless a protective order issues on good cause under Rule 26(c).")));
    }
}
