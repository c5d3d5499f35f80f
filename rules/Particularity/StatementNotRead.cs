using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/unread")]
[Description("A statement that is not English prose (another language, or a string of words without a sentence) is not read: no showing is taken from it.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "pintos-burden"), Priority(Stratum.Reasons)]
public sealed class StatementNotRead : ReadingRule
{
    protected override Showing Reads => Showing.None;

    protected override Expression<Func<Statement, bool>> Concerns => x => !x.Readable;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => true;

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        "The statement is not English prose (it is in another language, or is words without a sentence) and was not read; a reason the court cannot read does not carry the movant's burden, so no showing is taken from it.";

    protected override string Gist => "the statement could not be read";
}
