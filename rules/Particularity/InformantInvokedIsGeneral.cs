using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

// An informant's identity is often a good reason, but only once shown: that this document reveals it, that it is not
// already known, and what disclosure would bring. Invoking the role is a claim of law enforcement in general terms, and
// it is read here before the identifying-details rule, which leaves such statements to this one.
[Name("particularity/informant-invoked")]
[Description("A statement that invokes the identity of an informant, a cooperating witness or an undercover officer without saying what danger disclosure would bring, or how this document would reveal it, is a blanket claim of a law-enforcement interest, stated in general terms.")]
[Tag("reading"), Tag("particularity"), Cites("unknown-parties-particularized", "kamakana-particularized-showing"), Priority(Stratum.Reasons)]
public sealed class InformantInvokedIsGeneral : ReadingRule
{
    protected override Showing Reads => Showing.Generalized;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.InvokesAnInformantOnly(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement invokes the identity of {Who(said)} ({Said.Words(said, Feature.InformantNamed)}) but does not say that this document would reveal it, that it is not already known, or what danger disclosure would bring to {(Undercover(said) ? "the officer" : "the informant")} or the investigation; a blanket claim of a law-enforcement interest is not the particular showing sealing requires.";

    protected override string GistOf(IEnumerable<StatementFeature> said) => $"the statement invokes {(Undercover(said) ? "an undercover officer's" : "an informant's")} identity without saying what disclosure would bring";

    private static string Who(IEnumerable<StatementFeature> said) => Undercover(said) ? "an undercover officer" : "an informant";

    private static bool Undercover(IEnumerable<StatementFeature> said) => Said.Words(said, Feature.InformantNamed).Contains("undercover", StringComparison.OrdinalIgnoreCase);

    protected override string Gist => "the statement invokes an informant's identity without saying what disclosure would bring";
}
