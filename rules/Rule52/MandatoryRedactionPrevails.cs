using NRules.Fluent.Dsl;
using SealingRules.Model;
using SealingRules.Rules.Weighing;

namespace SealingRules.Rules.Rule52;

[Name("rule-5-2/floor")]
[Description("A Rule 5.2(a) identifier is redacted to what the rule allows whatever the balancing says or where else it has appeared; the rule yields only to a 5.2(b) exemption, a 5.2(h) waiver or a court order.")]
[Tag("rule-5-2"), Tag("weighing"), Cites("r52-a"), InForce(From = "2007-12-01"), Priority(Stratum.Weighing)]
public sealed class MandatoryRedactionPrevails : Rule
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
                .Where(c => Answers.Any(c, Weight.RequiredRedaction) && !Answers.Any(c, Weight.ExemptFromAccess)));

        Then()
            .Yield(ctx => new InformationRuling(info.Id, info.ItemId, info.Kind, info.About, true, false, Answers.Ruling(ctx.Rule.Name,
                // A reason that suffices already keeps it all from the public: the rule is then the floor beneath, not the ruling.
                Answers.Any(findings, Weight.SufficientReason)
                    ? $"Because {Answers.Gists(Answers.Of(findings, Weight.SufficientReason))}, the {info.Words} is redacted in full; Rule 5.2(a) would in any case require it redacted ({Rule52Redactions.Form(info.Kind)}), whether or not sealing is granted."
                    : Answers.Leaning(findings, Leans.Access).Any()
                    // The holding first, the reasons that fail after: an order's table (and a movant's) quotes the first sentence.
                    ? $"The {info.Words} is redacted to what Rule 5.2(a) allows ({Rule52Redactions.Form(info.Kind)}) whatever the balance of interests, and whether or not sealing is granted. Rule 5.2(a) is not subject to the weighing of interests, so it holds although {Answers.Gists(Answers.Leaning(findings, Leans.Access))}."
                    : $"The {info.Words} is redacted to what Rule 5.2(a) allows ({Rule52Redactions.Form(info.Kind)}), whether or not sealing is granted.",
                info, true, Answers.Leaning(findings, Leans.Access))));
    }
}
