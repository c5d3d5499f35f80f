using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Weighing;

[Name("weighing/sufficient-reason")]
[Description("A reason that suffices under the governing standard, not outweighed by the public interest, overcomes the presumption of access; reasons offered that fail do not defeat it.")]
[Tag("weighing"), Cites("kamakana-particularized-showing"), Priority(Stratum.Weighing)]
public sealed class SufficientReasonPrevails : Rule
{
    /// <summary>
    /// The clause that says a sufficient reason is the court's, not the movant's. The movant's own proposed order, which
    /// adopts the reason, leaves it out.
    /// </summary>
    public const string NoReasonOfItsOwn = ", though the movant offers no reason of its own for it";

    public override void Define()
    {
        Information info = default!;
        IEnumerable<Finding> findings = default!;

        When()
            .Match(() => info)
            // One collection of the information's findings, read whole: a reason suffices, and nothing bars it.
            .Query(() => findings, q => q
                .Match<Finding>(f => f.InformationId == info.Id)
                .Collect()
                .Where(c => Answers.Any(c, Weight.SufficientReason) && !Answers.Any(c,
                    Weight.ExemptFromAccess, Weight.AccessRequired, Weight.RequiredRedaction, Weight.OutweighedByPublicInterest)));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, true, false, Answers.Ruling(ctx.Rule.Name,
                Answers.Leaning(findings, Leans.Access).Any()
                    // The holding first, the reasons that fail after: an order's table (and a movant's) quotes the first sentence.
                    // Where all that fails is the movant's silence, the reason that suffices is not the movant's, and is said so.
                    ? Answers.Leaning(findings, Leans.Access).All(f => f.Step.Rule == "never-suffices/no-reason")
                        ? $"{Phrases.Capitalized(Answers.Gists(Answers.Of(findings, Weight.SufficientReason)))}, so the {info.Words} may be kept from the public{NoReasonOfItsOwn}."
                        : $"{Phrases.Capitalized(Answers.Gists(Answers.Of(findings, Weight.SufficientReason)))}, so the {info.Words} may be kept from the public. A reason that suffices is not defeated by others that fail, although {Answers.Gists(Answers.Leaning(findings, Leans.Access))}."
                    : $"Because {Answers.Gists(Answers.Of(findings, Weight.SufficientReason))}, the presumption of access is overcome as to the {info.Words}, which may be kept from the public.",
                info, true, Answers.Leaning(findings, Leans.Access))));
    }
}
