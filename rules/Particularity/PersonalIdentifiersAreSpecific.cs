using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

[Name("particularity/personal-identifiers")]
[Description("A statement that identifies the information as a personal identifier Fed. R. Civ. P. 5.2(a) protects (a social-security or taxpayer-identification number, a birth date, a financial-account number) needs no further showing of harm, for the part that holds it: not where the statement asks for a whole document or case and offers nothing narrower.")]
[Tag("reading"), Tag("particularity"), Tag("by-kind"), Cites("r52-a", "kamakana-compelling-reasons"), Priority(Stratum.Reasons)]
public sealed class PersonalIdentifiersAreSpecific : ReadingRule
{
    protected override Showing Reads => Showing.Specific;

    protected override Expression<Func<Statement, bool>> Concerns => x => x.Readable && (x.HarmKind == HarmKind.Privacy || x.HarmKind == HarmKind.Safety || x.HarmKind == HarmKind.ImproperUse) && x.Subjects.Any(Taxonomy.IsAPerson) && x.InformationKinds.Any(Said.IsIdentifier);

    protected override Expression<Func<IEnumerable<StatementFeature>, bool>> Words => c => Said.Any(c, Feature.PersonalSubject) && !Said.AsksForTheWhole(c);

    // Where the words name the identifier, the finding quotes them; where only the request's kind of information does
    // ("private information about a non-party employee" over a file holding a Social Security number), it says so, not
    // that the words said it.
    protected override string Finding(IEnumerable<StatementFeature> said) =>
        Said.QuoteIf(said, Feature.PersonalSubject, @"social security|ssn|account|routing|birth|taxpayer|identif|financial") is { Length: > 0 } quoted
            ? $"The statement identifies the information as a personal identifier{quoted} of the kind Rule 5.2(a) itself keeps from public filings; no more need be shown for it."
            : "The information is a personal identifier of the kind Rule 5.2(a) itself keeps from public filings, and the statement says it is a private person's; no more need be shown for it.";

    protected override string Gist => "the statement identifies the information as a personal identifier";
}
