using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/non-parties-personnel-records-named")]
[Description("A statement that itself says the personnel records are those of people who are not parties shows the privacy interest at stake, whatever the request says the records are about, for the part that holds them: not where it asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("lahr-employee-privacy", "r26c-good-cause"), Priority(Stratum.Reasons)]
public sealed class NonPartiesNamedIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    // Only where the request gives the default, the party: where it says a private person, particularity/others-personnel-records
    // reads it, and public officials' records are weighed against the public's interest in how they do their work.
    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable
        && (x.HarmKind == HarmKind.Privacy || x.HarmKind == HarmKind.Reputational || x.HarmKind == HarmKind.Embarrassment)
        && x.InformationKinds.Contains(InformationKind.PersonnelRecord) && x.Subjects.Contains(Subject.Party) && !x.Subjects.Contains(Subject.PrivateIndividual);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.NonPartyNamed) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement says the records are those of people who are not parties ({Said.Words(said, Feature.NonPartyNamed)}); non-parties keep a privacy interest in their personnel records, and that is the interest at stake here.";

    protected override string Gist => "the statement says the personnel records are non-parties'";
}
