using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/whole-record")]
[Description("A statement that asks to seal a whole document or case without saying which parts would cause harm is generalized, even where part of it holds information of a kind courts protect.")]
[Tag("reading"), Tag("particularity"), Cites("unknown-parties-particularized", "kamakana-particularized-showing", "hatch-whole-documents-denied"), Priority(Stratum.Reasons)]
public sealed class WholeRecordIsGeneralized : ReadingRule
{
    protected override Showing Reads => Showing.Generalized;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.WholeRecord) && !Said.HowAndWhat(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement asks to keep the whole of the material from the public ({Said.Words(said, Feature.WholeRecord)}) without saying which parts would cause harm, or why; a showing must reach each document and portion to be sealed, and that part of it holds protected information is no reason to seal the rest.";

    protected override string Gist => "the statement asks to seal the whole without saying what in it would cause harm";
}
