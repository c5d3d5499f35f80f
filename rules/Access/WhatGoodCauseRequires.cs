using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/good-cause-showing")]
[Description("Under good cause, the movant must show, document by document, the specific prejudice or harm disclosure would cause; the court then balances the public and private interests.")]
[Tag("access"), Cites("foltz-particularized-good-cause", "beckman-broad-allegations", "phillips-balance-interests"), Priority(Stratum.Access)]
public sealed class WhatGoodCauseRequires : Rule
{
    public override void Define()
    {
        MotionStandard standard = default!;

        When()
            .Match(() => standard, s => s.Standard == Model.Standard.GoodCause)
            .Exists<Item>(i => i.MotionId == standard.MotionId, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Framing(standard.MotionId, Framing.AfterStandard, Step.Of(ctx.Rule.Name,
                "Good cause requires the party seeking sealing to show, for each document, that specific prejudice or harm will result from disclosure; broad allegations of harm, unsubstantiated by specific examples or articulated reasoning, do not suffice. Once such harm is shown, the court balances the public and private interests to decide whether protection is necessary.")));
    }
}
