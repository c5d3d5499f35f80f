using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/identifying-details")]
[Description("Names and details that would let someone who knows a non-party deduce who they are may be redacted when a reason shows their privacy or safety at stake, even in general terms; a bare assertion of confidentiality, or no reason at all, shows nothing at stake.")]
[CloseCall("Which details identify a person is a judgment on the whole record; a showing that a detail is widely known, or that the person is at the heart of the claims, would tip it toward access.")]
[Tag("secrecy"), Tag("privacy"), Tag("discretionary"), Cites("aol-identifying-details", "hedrick-redactions"), Priority(Stratum.Reasons)]
public sealed class IdentifyingDetailsOfPrivateIndividuals : Rule
{
    public override void Define()
    {
        Information info = default!;
        IEnumerable<Information> others = default!;

        When()
            .Match(() => info, i => i.About == Subject.PrivateIndividual || i.About == Subject.Minor, i => !i.IsAtIssue,
                i => Taxonomy.IdentifiesAPerson(i.Kind), i => !Taxonomy.IsContactOrPersonalNumber(i.Kind))
            // The details are protected for the person's sake: a claim that they are the movant's trade secret or a competitor's
            // advantage does not put the person's privacy or safety at stake (Lou v. MA Laboratories: employees' names public).
            // A reason that only calls the details confidential, or none, shows no one at stake (Gamez v. Gonzales, J.C. v.
            // San Juan, Fidelity v. Savell: kept public); one that names the danger, even generally, does (Hedrick v. Grant).
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => Taxonomy.PutsAPersonAtStake(c.Kind), c => c.Showing != Showing.Conclusory && c.Showing != Showing.None)
            // The other details of the same document that could point to the person with it (the seed's waitlist).
            .Query(() => others, q => q
                .Match<Information>(o => o.ItemId == info.ItemId, o => o.Id != info.Id, o => Taxonomy.IdentifiesAPerson(o.Kind),
                    o => !Taxonomy.IsContactOrPersonalNumber(o.Kind))
                .Collect());

        Then()
            .Yield(ctx => Found(ctx.Rule.Name, info, others.Any()));
    }

    // A name standing alone identifies the person directly; a name among the waitlist's details is one detail of many
    // that, together, would let someone who knows the people recognise them.
    private static Finding Found(string rule, Information info, bool amongOthers)
        => amongOthers || !IsAName(info.Kind)
            ? new Finding(info.Id, Weight.SufficientReason, false, Step.Of(rule,
                $"The {info.Words} {info.Verb("is a detail", "are details")} that, with the others in the record, could let someone familiar with the individuals deduce who they are; keeping {info.Verb("it", "them")} from the public protects their privacy and safety.", info.Id),
                $"the {info.Words} could let someone familiar with the individuals deduce who they are")
            : new Finding(info.Id, Weight.SufficientReason, false, Step.Of(rule,
                $"The {info.Words} {info.Verb("identifies", "identify")} the person directly; keeping {info.Verb("it", "them")} from the public protects their privacy and safety.", info.Id),
                $"the {info.Words} {info.Verb("identifies", "identify")} the person directly");

    private static bool IsAName(InformationKind kind) => kind is InformationKind.Name or InformationKind.MinorIdentity or InformationKind.VictimIdentity;
}
