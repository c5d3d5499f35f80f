using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/harm-disclaimed")]
[Description("A statement that itself says disclosure would cause no harm (\"will suffer no harm\", \"would not hurt\") shows none: the movant bears the burden of showing one. Agreeing to a redacted public version is narrow tailoring, not a disclaimer, and is not read so.")]
[Tag("reading"), Tag("particularity"), Cites("kamakana-compelling-reasons", "pintos-burden"), Priority(Stratum.Reasons)]
public sealed class DisclaimedHarmShowsNone : ReadingRule
{
    protected override Showing Reads => Showing.None;

    protected override bool Undoes => true;

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.DisclaimsHarm);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement says disclosure would do no harm ({Said.Words(said, Feature.DisclaimsHarm)}); the party asking to seal bears the burden of showing a harm that outweighs access, and a party that disclaims the harm shows none.";

    protected override string Gist => "the statement says disclosure would do no harm";
}
