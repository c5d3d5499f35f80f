using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/own-words-undo")]
[Description("Where the statement's own words take back the reason it gives (the information is already public; disclosure would do no harm; the only harm is embarrassment), the statement is read by those words, whatever particular things it also says.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-particularized-showing"), Priority(Stratum.Weighing)]
public sealed class OwnWordsUndoTheReason : ResolvingRule
{
    protected override Expression<Func<IEnumerable<ParticularityFinding>, bool>> Applies => c => c.Any(f => f.Undoes);

    protected override ShowingRead Read(string rule, Statement s, IEnumerable<ParticularityFinding> findings)
    {
        var undoing = findings.Where(f => f.Undoes).ToList();
        var others = findings.Where(f => !f.Undoes).ToList();
        var showing = Reading.Weakest(undoing);
        var finding = others.Any(f => f.Showing == Showing.Specific)
            ? $"Although {Reading.Gists(others.Where(f => f.Showing == Showing.Specific))}, {Reading.Gists(undoing)}; particular words about the information do not restore a reason the statement itself takes back. The showing is {Phrases.Showing(showing)}."
            : $"Because {Reading.Gists(undoing)}, the statement gives no reason that could overcome the presumption of access. The showing is {Phrases.Showing(showing)}.";
        var step = Step.Of(rule, finding, s.Id) with { PrevailsOver = others.Select(f => f.Step.Rule).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList() };
        return new ShowingRead(s.Id, showing, [.. Reading.Steps(undoing), step], Reading.Gists(undoing));
    }
}
