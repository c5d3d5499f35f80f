using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/how-disclosure-harms")]
[Description("A statement that says how disclosure would cause the harm, and what in the information would cause it, is a particularized showing, whoever it says would misuse the information.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "foltz-particularized-good-cause"), Priority(Stratum.Reasons)]
public sealed class HowDisclosureHarmsIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.HowAndWhat(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        Said.Words(said, Feature.Mechanism) is var how && Said.Words(said, Feature.ConcreteContent, Feature.InformantNamed, Feature.MediumNamed) is var what && how == what
            ? $"The statement explains how disclosure would cause the harm and ties it to what the information is ({how}); that is a particularized showing resting on specific facts."
            : $"The statement explains how disclosure would cause the harm ({how}) and ties it to what the information is ({what}); that is a particularized showing resting on specific facts.";

    protected override string Gist => "the statement explains how disclosure of what the document holds would cause the harm";
}
