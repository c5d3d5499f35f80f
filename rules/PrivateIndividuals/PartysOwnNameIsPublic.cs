using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/party-name-public")]
[Description("A party's own name is public: the complaint must name every party, and a party keeps its identity from the public only with the court's leave to proceed under a pseudonym. Where the court has refused that leave, a motion to seal cannot keep the name out of the filings. Where leave was never sought, the request does not say whether the name is a named party's (class members and others are described as the party too), so the rule does not read it.")]
[CloseCall("A court may treat the request as one to proceed under a pseudonym and weigh the need for anonymity against the prejudice to the other side and the public's interest in knowing who the party is.")]
[Tag("access"), Tag("privacy"), Cites("r10-a-parties-named", "advanced-textile-anonymity"), Priority(Stratum.Reasons)]
[Cure("A renewed motion for leave to proceed under a pseudonym would have to show the severity of the harm feared, why the fear is reasonable and the party's vulnerability to it.")]
public sealed class PartysOwnNameIsPublic : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            // A person's name, the party's own: a minor's name is reduced to initials by Rule 5.2(a)(3), and an
            // organization's name is no one's identity to protect.
            .Match(() => info, i => i.Kind == InformationKind.Name, i => i.About == Subject.Party,
                i => i.PartyType != PartyType.Organization, i => i.Pseudonym == PseudonymRuling.Denied);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.AccessRequired, true, Step.Of(ctx.Rule.Name,
                $"The {info.Words} is a party's own. The complaint must name every party, and a party may keep its identity from the public only with leave to proceed under a pseudonym, which the court has refused; the name stays public.", info.Id),
                "a party's own name is public where the court has refused it a pseudonym"));
    }
}
