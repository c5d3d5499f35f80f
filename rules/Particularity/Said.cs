using SealingRules.Model;

namespace SealingRules.Rules.Particularity;

/// <summary>What a statement's features say, for the particularity rules to read and quote.</summary>
internal static class Said
{
    /// <summary>Whether the statement has any of these features.</summary>
    public static bool Any(IEnumerable<StatementFeature> said, params Feature[] features) => said.Any(f => features.Contains(f.Feature));

    /// <summary>
    /// The movant's words carrying the first of these features the statement has, in quotation marks; where none of them
    /// is there (a feature a rule's list does not name), the first words found: a finding never fails for want of a quote.
    /// </summary>
    public static string Words(IEnumerable<StatementFeature> said, params Feature[] features)
        => "\u201C" + (features.Select(x => said.FirstOrDefault(f => f.Feature == x)).FirstOrDefault(f => f is not null) ?? said.First()).Quote + "\u201D";

    /// <summary>Two quotes as one parenthesis says them: once where both features are carried by the same words.</summary>
    public static string Both(string first, string second) => first == second ? first : $"{first}, {second}";

    /// <summary>
    /// " (“words”)" where the first words carrying the feature say what the finding says of them, else nothing: the
    /// reader keeps one quote a feature, and "M.R. is a child" is no quote for health information.
    /// </summary>
    public static string QuoteIf(IEnumerable<StatementFeature> said, Feature feature, string saying)
        => said.FirstOrDefault(f => f.Feature == feature) is { } found
            && System.Text.RegularExpressions.Regex.IsMatch(found.Quote, saying, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)
            ? $" (\u201C{found.Quote}\u201D)" : "";

    /// <summary>The only actors it names are unidentified ("hostile actors", "others"): nobody in particular.</summary>
    public static bool OnlyUnidentifiedActors(IEnumerable<StatementFeature> said) => Any(said, Feature.VagueActors) && !Any(said, Feature.Audience);

    /// <summary>
    /// It asks for the whole document, record or case and offers nothing narrower: what the information is then shows why
    /// the part that holds it might be sealed, not why the rest should be.
    /// </summary>
    public static bool AsksForTheWhole(IEnumerable<StatementFeature> said) => Any(said, Feature.WholeRecord) && !Any(said, Feature.Alternative);

    /// <summary>
    /// The only detail identifying a person is a party's own name: its place in the caption is the public's (Fed. R. Civ.
    /// P. 10(a)), and keeping it back takes the special circumstances a pseudonym needs (<i>Advanced Textile</i>), not
    /// the privacy a stranger's name or any person's address carries.
    /// </summary>
    public static bool OnlyAPartysOwnName(Statement x)
        => x.Subjects.All(s => s == Subject.Party) && x.InformationKinds.Where(ReachesAPerson).ToList() is { Count: > 0 } reaching
           && reaching.All(k => k == InformationKind.Name);

    /// <summary>Information that would identify or reach a person: names, addresses, numbers, a customer list.</summary>
    public static bool ReachesAPerson(InformationKind k)
        => Taxonomy.IdentifiesAPerson(k) || Taxonomy.IsContactOrPersonalNumber(k) || k == InformationKind.CustomerInformation;

    /// <summary>It invokes an informant's identity but names no danger to the informant and no way disclosure would bring one.</summary>
    public static bool InvokesAnInformantOnly(IEnumerable<StatementFeature> said) => Any(said, Feature.InformantNamed) && !Any(said, Feature.Threat, Feature.Mechanism, Feature.DangerActed, Feature.WithinReach);

    /// <summary>It says something beyond offering an alternative (which is no reason by itself).</summary>
    public static bool SaysAnything(IEnumerable<StatementFeature> said) => said.Any(f => f.Feature is not (Feature.Alternative or Feature.Keywords));

    /// <summary>It says both how disclosure would cause harm and what in the information would cause it.</summary>
    public static bool HowAndWhat(IEnumerable<StatementFeature> said) => Any(said, Feature.Mechanism) && Any(said, Feature.ConcreteContent, Feature.InformantNamed, Feature.MediumNamed, Feature.PersonalSubject);

    /// <summary>Every feature that gives, or rests on, a reason for secrecy (not those that only say what the document is).</summary>
    public static readonly Feature[] Reasons =
    [
        Feature.Designation, Feature.Agreement, Feature.HarmNamed, Feature.Audience, Feature.VagueActors, Feature.Mechanism,
        Feature.Speculation, Feature.Threat, Feature.WholeRecord, Feature.Embarrassment, Feature.FurtherLitigation,
    ];

    /// <summary>A finding of the particularity rules about a statement.</summary>
    public static ParticularityFinding Finding(string rule, Statement s, Showing showing, string finding, string gist, bool undoes = false)
        => new(s.Id, showing, Step.Of(rule, finding, s.Id), gist) { Undoes = undoes };

    /// <summary>
    /// Identifiers Fed. R. Civ. P. 5.2(a) reaches. Not a home address or a phone number: the civil rule does not name them,
    /// so a statement about them is read by particularity/identifying-details, which cites what a court said of them.
    /// </summary>
    public static bool IsIdentifier(InformationKind kind) => kind is InformationKind.Ssn or InformationKind.TaxpayerId
        or InformationKind.FinancialAccount or InformationKind.Birthdate;

    /// <summary>Business and security information courts seal when its content is shown (not opinions, settlements or plans).</summary>
    public static bool IsSealableContent(InformationKind kind) => kind is InformationKind.TradeSecret or InformationKind.PricingTerms
        or InformationKind.LicensingTerms or InformationKind.FinancialData or InformationKind.SourceCode or InformationKind.TechnicalInformation
        or InformationKind.CustomerInformation or InformationKind.BusinessStrategy or InformationKind.InternalPolicy
        or InformationKind.SecurityProcedure or InformationKind.LawEnforcementTechnique or InformationKind.AgentLocations
        or InformationKind.OperationalData or InformationKind.ContingencyPlan or InformationKind.InvestigativeFile;

    /// <summary>
    /// Harms that follow from what the information is, so that naming it concretely shows them; not embarrassment,
    /// reputation, incrimination or further litigation, which do not by themselves compel sealing whatever is named.
    /// </summary>
    public static bool FollowsFromContent(HarmKind kind) => kind is not (HarmKind.Embarrassment or HarmKind.Reputational
        or HarmKind.Incrimination or HarmKind.FurtherLitigation);

    /// <summary>Harms that threaten a person rather than a business.</summary>
    public static bool ThreatensPersons(HarmKind kind) => kind is HarmKind.Safety or HarmKind.Persecution or HarmKind.Privacy or HarmKind.LawEnforcementInterference;
}
