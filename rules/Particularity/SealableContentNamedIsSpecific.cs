using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/sealable-content-named")]
[Description("A statement that names, concretely, business or security content of a kind courts seal (pricing and royalty terms, formulas, customer identities, the times doors are unlocked) shows what disclosure would expose, for the part that holds it: not where the statement asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Cites("nixon-improper-purposes", "ea-pricing-terms", "bell-security-specific"), Priority(Stratum.Reasons)]
public sealed class SealableContentNamedIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && Said.FollowsFromContent(x.HarmKind) && x.InformationKinds.Any(Said.IsSealableContent);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.ConcreteContent) && !Said.OnlyUnidentifiedActors(c) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement names concretely what the material holds ({Said.Words(said, Feature.ConcreteContent)}), content of a kind courts keep from competitors and wrongdoers; what disclosure would expose is a specific fact, not a label.";

    protected override string Gist => "the statement names concretely content of a kind courts seal";
}
