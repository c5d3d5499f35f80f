using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/embarrassment-alone")]
[Description("A statement whose only harm is embarrassment, a hurt reputation or further litigation, with no one who would use the information and no way it would be used, gives no reason that compels sealing, however concretely it names the information; not where the information is a person's health, identity or a minor's (particularity/health-information and its kin read those).")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-embarrassment-insufficient"), Priority(Stratum.Reasons)]
public sealed class EmbarrassmentAloneIsNoReason : ReadingRule
{
    protected override Showing Reads => Showing.Generalized;

    protected override bool Undoes => true;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.Embarrassment, Feature.FurtherLitigation)
        && !Said.Any(c, Feature.Mechanism, Feature.Audience, Feature.Threat, Feature.HarmNamed, Feature.PersonalSubject, Feature.MinorNamed, Feature.InformantNamed);

    protected override string Finding(IEnumerable<StatementFeature> said) => Litigation(said)
        ? $"The only harm the statement names is exposure to further litigation ({Said.Words(said, Feature.FurtherLitigation)}); the prospect of further litigation does not, without more, compel sealing, however concretely the statement names what the document holds."
        : $"The only harm the statement names is embarrassment ({Said.Words(said, Feature.Embarrassment)}); embarrassment does not, without more, compel sealing, however concretely the statement names what the document holds.";

    protected override string GistOf(IEnumerable<StatementFeature> said) => Litigation(said) ? "the only harm the statement names is exposure to further litigation" : Gist;

    protected override string Gist => "the only harm the statement names is embarrassment";

    // Foltz's other harm, the suits disclosure would invite, said as such where it is the only one named.
    private static bool Litigation(IEnumerable<StatementFeature> said) => !Said.Any(said, Feature.Embarrassment);
}
