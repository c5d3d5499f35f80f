using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/deidentified-attributes")]
[Description("Once the details that identify private individuals are redacted, attributes that identify no one stay public.")]
[Tag("privacy"), Cites("aol-identifying-details"), Priority(Stratum.AfterRulings)]
[Cure("Identify the specific harm disclosure of this attribute would cause even with the individuals' identifying details redacted (for example, that it is rare enough to identify someone).")]
public sealed class DeidentifiedAttributesStayPublic : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => Taxonomy.DescribesAPerson(i.Kind), i => !i.IsAtIssue,
                // A minor's records concern the one child the case is about: removing the name does not make them anonymous.
                i => i.About != Subject.Minor || !Taxonomy.IsMinorsRecord(i.Kind),
                i => i.IsAPrivatePerson,
                // A number assigned to a person the court has let proceed under a pseudonym points to that person, not to no
                // one (L.K. v. USCIS: the asylum applicant's alien number redacted with his name).
                i => !i.PseudonymAllowed)
            .Exists<InformationRuling>(r => r.ItemId == info.ItemId, r => r.Withhold, r => r.About == info.About,
                r => Taxonomy.IdentifiesAPerson(r.Kind));

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.AccessRequired, true, Step.Of(ctx.Rule.Name,
                $"With the individuals' identifying details redacted, their {info.Words}, even viewed with the other remaining data, will likely not permit members of the public to determine who they are; it stays public.", info.Id),
                $"once the individuals' identifying details are redacted, their {info.Words} will likely not let the public determine who they are, so disclosing it does not expose them"));
    }
}
