using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.PrivateIndividuals;

[Name("privacy/minors-records")]
[Description("A minor's educational, psychological and health records are kept from the public on a privacy claim, even where they are the heart of the case (IDEA administrative records): redacting the child's name does not make them anonymous.")]
[Tag("secrecy"), Tag("privacy"), Tag("minors"), Cites("jh-idea-record-sealed", "aw-redaction-ineffective"), Priority(Stratum.Reasons)]
public sealed class MinorsRecordsStayPrivate : Rule
{
    public override void Define()
    {
        Information info = default!;

        When()
            .Match(() => info, i => i.About == Subject.Minor, i => Taxonomy.IsMinorsRecord(i.Kind))
            .Exists<HarmClaim>(c => c.InformationId == info.Id, c => c.Kind == HarmKind.Privacy || c.Kind == HarmKind.Safety,
                c => c.Showing == Showing.Specific || c.Showing == Showing.Generalized)
            .Exists<Item>(i => i.Id == info.ItemId, i => !i.ProtectiveOrderOnly);

        Then()
            .Yield(ctx => new Finding(info.Id, Weight.SufficientReason, false, Step.Of(ctx.Rule.Name,
                $"The {info.Words} belongs to a record about one child: it holds the minor's confidential educational, psychological or health information, and redacting the child's name and identifiers would not make it anonymous, since the whole record is about that child. The interest in protecting the minor outweighs the public's interest in disclosure even where the record is central to the case.", info.Id),
                $"the {info.Words} is part of a minor's confidential record that redacting the child's name would not make anonymous"));
    }
}
