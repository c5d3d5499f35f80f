using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/particular-showing-prevails")]
[Description("A statement that gives a particular reason (how disclosure would cause the harm, the danger it exposes identified people to, or information of a kind courts protect, concretely named) is particular, whatever weaker things it also says.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "kamakana-particularized-showing"), Priority(Stratum.Weighing)]
public sealed class ParticularShowingPrevails : ResolvingRule
{
    protected override Expression<Func<IEnumerable<ParticularityFinding>, bool>> Applies => c => c.Any(f => f.Showing == Showing.Specific) && !c.Any(f => f.Undoes);

    protected override ShowingRead Read(string rule, Statement s, IEnumerable<ParticularityFinding> findings)
    {
        var specific = findings.Where(f => f.Showing == Showing.Specific).ToList();
        var weak = findings.Where(f => f.Showing != Showing.Specific).ToList();
        var finding = weak.Count == 0
            ? $"Because {Reading.Gists(specific)}, the showing is specific."
            : $"Although {Reading.Gists(weak)}, {Reading.Gists(specific)}; a reason given with that particularity is not undone by the more general words beside it, and the showing is specific.";
        var step = Step.Of(rule, finding, s.Id) with { PrevailsOver = weak.Select(f => f.Step.Rule).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList() };
        return new ShowingRead(s.Id, Showing.Specific, [.. Reading.Steps(specific), step], Reading.Gists(specific));
    }
}
