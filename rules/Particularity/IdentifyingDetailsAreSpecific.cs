using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/identifying-details")]
[Description("A statement that identifies the information as details that would identify or reach a private person (names, addresses, phone numbers) shows the privacy interest at stake, for the part that holds it: not where the statement asks for a whole document or case and offers nothing narrower, nor where the person is an informant whose danger the statement does not name (particularity/informant-invoked), nor where the only such detail is a party's own name, which the caption makes public (Fed. R. Civ. P. 10(a)) and which a party keeps back only in the special circumstances a pseudonym needs (Does I thru XXIII v. Advanced Textile Corp., 214 F.3d 1058, 1067-68): words that show that danger are read by particularity/risk-to-persons.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("aol-identifying-details", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class IdentifyingDetailsAreSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (Said.ThreatensPersons(x.HarmKind) || x.HarmKind == HarmKind.ImproperUse) && x.Subjects.Any(Taxonomy.IsAPrivatePerson) && x.InformationKinds.Any(Said.ReachesAPerson) && !Said.OnlyAPartysOwnName(x);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.PersonalSubject) && !Said.AsksForTheWhole(c) && !Said.InvokesAnInformantOnly(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement identifies the information as details that would identify or reach private people{Said.QuoteIf(said, Feature.PersonalSubject, @"address|phone|name|identi|e-?mail|where (she|he|they)|safe at home|licen|minor|child|juvenile|student|victim")}; their interest in keeping those details from the public is the specific fact the showing rests on.";

    protected override string Gist => "the statement identifies details that would identify private people";
}
