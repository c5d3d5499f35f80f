using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// The shape every particularity finding shares: a statement (of a kind of harm and information, <see cref="Concerns"/>)
/// whose features, read together (<see cref="Words"/>), support a showing (<see cref="Reads"/>), said in a sentence that
/// quotes them. Each rule states only its doctrine: what it looks for, what it concludes, and how a judge would say it.
/// </summary>
public abstract class ReadingRule : Rule
{
    /// <summary>The showing the words support on this rule's view.</summary>
    protected abstract Showing Reads { get; }

    /// <summary>Which statements the rule reads (by default every statement that could be read).</summary>
    protected virtual Expression<Func<Statement, bool>> Concerns => s => s.Readable;

    /// <summary>What the rule looks for among the statement's features, read together.</summary>
    protected abstract Expression<Func<IEnumerable<StatementFeature>, bool>> Words { get; }

    /// <summary>The finding as a judge would write it, quoting the words that carry it.</summary>
    protected abstract string Finding(IEnumerable<StatementFeature> said);

    /// <summary>The finding as a clause, for a rule that answers it.</summary>
    protected abstract string Gist { get; }

    /// <summary>The gist for these words, where the clause names what the words named (by default <see cref="Gist"/>).</summary>
    protected virtual string GistOf(IEnumerable<StatementFeature> said) => Gist;

    /// <summary>Whether the words this rule finds take back whatever reason the statement gives (particularity/own-words-undo).</summary>
    protected virtual bool Undoes => false;

    public override void Define()
    {
        Statement s = default!;
        IEnumerable<StatementFeature> said = default!;

        When()
            .Match(() => s, Concerns)
            .Query(() => said, q => q
                .Match<StatementFeature>(f => f.StatementId == s.Id)
                .Collect()
                .Where(Words));

        Then()
            .Yield(ctx => Said.Finding(ctx.Rule.Name, s, Reads, Finding(said), GistOf(said), Undoes));
    }
}
