using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/no-particular-showing")]
[Description("A statement none of whose parts shows how disclosure of this information would cause a specific harm is read by its weakest footing: resting on a label or designation, then a harm named in general, then conjecture.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-particularized-showing", "foltz-particularized-good-cause"), Priority(Stratum.Weighing)]
public sealed class NoParticularShowing : ResolvingRule
{
    protected override Expression<Func<IEnumerable<ParticularityFinding>, bool>> Applies => c => c.Any() && c.All(f => f.Showing != Showing.Specific) && !c.Any(f => f.Undoes);

    protected override ShowingRead Read(string rule, Statement s, IEnumerable<ParticularityFinding> findings)
    {
        var showing = Reading.Weakest(findings);
        var finding = $"No part of the statement shows how disclosure of this information would cause a specific harm: {Reading.Gists(findings)}. The showing is {Phrases.Showing(showing)}.";
        return new ShowingRead(s.Id, showing, [.. Reading.Steps(findings), Step.Of(rule, finding, s.Id)], Reading.Gists(findings));
    }
}
