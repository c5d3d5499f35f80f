using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/health-information")]
[Description("A statement that names the information as a person's medical or mental-health information (calling it personal information is not enough) shows what the privacy interest protects, for the part that holds it: not where the statement asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("nall-medical-privacy", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class HealthInformationIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (x.HarmKind == HarmKind.Privacy || x.HarmKind == HarmKind.Embarrassment) && x.InformationKinds.Any(Taxonomy.IsHealthInformation);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.HealthNamed) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement identifies the information as a person's health information ({Said.Words(said, Feature.HealthNamed)}); the need to protect medical privacy is recognized as a compelling reason, so the nature of the record is itself the specific fact.";

    protected override string Gist => "the statement identifies the information as health information";
}
