using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/access-required")]
[Description("Structural, citing nothing: it carries out findings that cite their own authority (already public, an official's official account). Where a finding requires access whatever the showing, the information is disclosed, and the reasons for secrecy yield to it.")]
[Tag("weighing"), Priority(Stratum.Weighing)]
public sealed class AccessRequiredPrevails : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> findings = default!;

        When()
            .Match(() => info)
            .Query(() => findings, q => q
                .Match<Finding>(f => f.InformationId == info.Id)
                .Collect()
                .Where(c => Answers.Any(c, Weight.AccessRequired) && !Answers.Any(c, Weight.ExemptFromAccess, Weight.RequiredRedaction)));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, false, Answers.Of(findings, Weight.AccessRequired).Any(b => b.Curable), Answers.Ruling(ctx.Rule.Name,
                Answers.Leaning(findings, Leans.Secrecy).Any()
                    ? $"Although {Answers.Gists(Answers.Leaning(findings, Leans.Secrecy))}, {Answers.Gists(Answers.Of(findings, Weight.AccessRequired))}; the {info.Words} {info.Verb("stays", "stay")} public."
                    : $"Because {Answers.Gists(Answers.Of(findings, Weight.AccessRequired))}, the {info.Words} {info.Verb("stays", "stay")} public.",
                info, false, Answers.Leaning(findings, Leans.Secrecy))));
    }
}
