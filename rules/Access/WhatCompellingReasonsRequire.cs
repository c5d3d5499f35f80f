using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Access;

[Name("access/compelling-reasons-showing")]
[Description("Under compelling reasons, the movant must show specific facts that the record would become a vehicle for improper purposes; the court must articulate the factual basis without hypothesis or conjecture.")]
[Tag("access"), Cites("kamakana-improper-purposes", "hagestad-articulate-basis", "kamakana-particularized-showing", "unknown-parties-particularized"), Priority(Stratum.Access)]
public sealed class WhatCompellingReasonsRequire : Rule
{
    public override void Define()
    {
        MotionStandard standard = default!;

        When()
            .Match(() => standard, s => s.Standard == Model.Standard.CompellingReasons)
            .Exists<Item>(i => i.MotionId == standard.MotionId, i => i.TraditionallySecret == TraditionallySecret.None);

        Then()
            .Yield(ctx => new Framing(standard.MotionId, Framing.AfterStandard, Step.Of(ctx.Rule.Name,
                "Compelling reasons sufficient to outweigh the public's interest in disclosure exist when court files might become a vehicle for improper purposes, such as gratifying private spite, promoting public scandal, circulating libelous statements or releasing trade secrets. A court that seals must base its decision on a compelling reason and articulate the factual basis for its ruling, without relying on hypothesis or conjecture. Blanket claims of privacy or law enforcement therefore do not suffice: the party seeking sealing must show specific prejudice or harm flowing from the disclosure of a specific document.")));
    }
}
