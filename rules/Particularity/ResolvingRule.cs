using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// The shape the rules that resolve a statement's findings share: all the findings about one statement, read together
/// (<see cref="Applies"/>), give its reading (<see cref="Read"/>). Each says which findings prevail, and why.
/// </summary>
public abstract class ResolvingRule : Rule
{
    /// <summary>Which collections of findings this rule resolves.</summary>
    protected abstract Expression<Func<IEnumerable<ParticularityFinding>, bool>> Applies { get; }

    /// <summary>The reading, with the step that says why it prevails.</summary>
    protected abstract ShowingRead Read(string rule, Statement s, IEnumerable<ParticularityFinding> findings);

    public override void Define()
    {
        Statement s = default!;
        IEnumerable<ParticularityFinding> findings = default!;

        When()
            .Match(() => s)
            .Query(() => findings, q => q
                .Match<ParticularityFinding>(f => f.StatementId == s.Id)
                .Collect()
                .Where(Applies));

        Then()
            .Yield(ctx => Read(ctx.Rule.Name, s, findings));
    }
}
