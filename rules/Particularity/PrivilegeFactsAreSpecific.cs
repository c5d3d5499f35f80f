using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>
/// A privilege is shown by the facts that make a document privileged, not by a harm disclosure would cause: that it is a
/// communication with counsel, for legal advice, or work prepared for litigation (Netscape v. Federal Insurance: emails
/// between an insurer's claims officer and its counsel). Legal advice, named as what the material is, says it alone; a
/// communication with counsel or work for litigation says it beside the privilege claimed. The reading is of a claim the
/// privilege answers (the confidentiality of the communication, or its use in litigation or against the client); a
/// competitive, security or safety harm is not shown by these words.
/// </summary>
[Name("particularity/privilege-facts")]
[Description("A statement that names the material as legal advice sought or given, or that claims the attorney-client privilege or work-product protection and says what makes the material privileged (a communication with counsel, or work prepared in anticipation of litigation), shows the confidentiality of the communication with the particularity the privilege asks: for a claim of privacy, further litigation, improper use or incrimination, which the privilege answers; not for a competitive, security or safety harm.")]
[Tag("reading"), Tag("particularity"), Tag("privilege"), Cites("netscape-attorney-client-emails-sealed", "mogal-privileged-sealable", Earlier = ["kamakana-particularized-showing"]), Priority(Stratum.Reasons)]
public sealed class PrivilegeFactsAreSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && Taxonomy.AnsweredByPrivilege(x.HarmKind);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.LegalAdvice) || (Said.Any(c, Feature.PrivilegeClaimed) && Said.Any(c, Feature.PrivilegeFacts));

    protected override string Finding(IEnumerable<StatementFeature> said)
    {
        var claimed = Said.Any(said, Feature.PrivilegeClaimed) ? $" and claims the privilege for it ({Said.Words(said, Feature.PrivilegeClaimed)})" : "";
        return $"The statement says what makes the material privileged ({Said.Words(said, Feature.LegalAdvice, Feature.PrivilegeFacts)}){claimed}; a confidential communication between lawyer and client for legal advice, or work prepared for litigation, is what the privilege protects, and material shown to be privileged is sealable.";
    }

    protected override string Gist => "the statement says what makes the material privileged";
}
