using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/others-personnel-records")]
[Description("A statement that identifies the information as the personnel records of people who are not parties shows the privacy interest at stake, for the part that holds them: not where the statement asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("lahr-employee-privacy", "r26c-good-cause"), Priority(Stratum.Reasons)]
public sealed class OthersPersonnelRecordsAreSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    // Non-parties only: a party's own employment file is usually what the suit is about.
    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (x.HarmKind == HarmKind.Privacy || x.HarmKind == HarmKind.Reputational || x.HarmKind == HarmKind.Embarrassment) && x.InformationKinds.Contains(InformationKind.PersonnelRecord) && x.Subjects.Contains(Subject.PrivateIndividual);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.PersonalSubject, Feature.NonPartyNamed) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement identifies the information as the personnel records of people who are not parties{Said.QuoteIf(said, Feature.PersonalSubject, @"personnel|employment|disciplinary|internal[- ]affairs")}; their interest in keeping their employment files, and the complaints and discipline in them, from the public is the specific fact the showing rests on.";

    protected override string Gist => "the statement identifies the information as others' personnel records";
}
