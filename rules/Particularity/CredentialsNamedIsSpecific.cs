using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// A password needs no account of the harm its disclosure would do: it exists to keep others out, so naming it says what
/// disclosure would expose and how (SinglePoint v. Curiel: "the reasons for doing so should be apparent"). The kind of
/// information does not matter here, since the contract has no kind for credentials and encoders file them as `other`.
/// </summary>
[Name("particularity/credentials-named")]
[Description("A statement that names passwords, login credentials, PINs, access codes or keys as what the material holds shows the harm by naming them, since their only purpose is to keep others from what they protect: not where the harm claimed is embarrassment, reputation, incrimination or litigation, or where the statement asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Cites("singlepoint-passwords-evident", Earlier = ["kamakana-improper-purposes"]), Priority(Stratum.Reasons)]
public sealed class CredentialsNamedIsSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && Said.FollowsFromContent(x.HarmKind);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.CredentialsNamed) && !Said.AsksForTheWhole(c);

    protected override string Finding(IEnumerable<StatementFeature> said) =>
        $"The statement names what the material holds as a means of access ({Said.Words(said, Feature.CredentialsNamed)}); the reason to keep it from the public is apparent, since such credentials exist only to keep others from what they protect.";

    protected override string Gist => "the statement names credentials whose only purpose is to keep others out";
}
