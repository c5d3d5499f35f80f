namespace SealingRules.Model;

/// <summary>Groupings of the information taxonomy that the doctrine treats alike.</summary>
public static class Taxonomy
{
    /// <summary>Details that let someone who knows a person recognise them (the seed's waitlist test).</summary>
    public static bool IdentifiesAPerson(InformationKind kind) => kind is
        InformationKind.Name or InformationKind.HomeAddress or InformationKind.PhoneNumber or
        InformationKind.EmailAddress or InformationKind.Birthdate or InformationKind.EmergencyContact or
        InformationKind.MinorIdentity or InformationKind.VictimIdentity or InformationKind.Occupation or
        InformationKind.CityOfOrigin;

    /// <summary>Contact details and personal numbers: of no use to the public's understanding of a case.</summary>
    public static bool IsContactOrPersonalNumber(InformationKind kind) => kind is
        InformationKind.HomeAddress or InformationKind.PhoneNumber or InformationKind.EmailAddress or
        InformationKind.Birthdate or InformationKind.EmergencyContact or InformationKind.Ssn or
        InformationKind.TaxpayerId or InformationKind.FinancialAccount;

    /// <summary>
    /// What a pseudonym shields: the details that identify a person, their contact details and personal numbers, and
    /// numbers assigned to them (an alien number, an inmate number), which point to a pseudonymous party as surely as a name.
    /// </summary>
    public static bool PointsToAPerson(InformationKind kind)
        => IdentifiesAPerson(kind) || IsContactOrPersonalNumber(kind) || kind == InformationKind.IdentificationNumber;

    /// <summary>Attributes that describe a person without, by themselves, identifying them.</summary>
    public static bool DescribesAPerson(InformationKind kind) => kind is
        InformationKind.CountryOfOrigin or InformationKind.Gender or InformationKind.SexualOrientation or
        InformationKind.Education or InformationKind.BloodType or InformationKind.IdentificationDocumentType or
        InformationKind.Medical or InformationKind.MentalHealth or InformationKind.CriminalHistory or
        InformationKind.ImmigrationStatus or InformationKind.TravelDetails or
        InformationKind.PersecutionCategory or InformationKind.IdentificationNumber;

    /// <summary>Whom privacy protects: people, not businesses or agencies.</summary>
    public static bool IsAPerson(Subject about) => about is
        Subject.Party or Subject.PrivateIndividual or Subject.Minor or Subject.PublicOfficial;

    /// <summary>Whom privacy protects, where a party may be known to be an organization (request field <c>partyType</c>).</summary>
    public static bool IsAPerson(Subject about, PartyType? party) => IsAPerson(about) && !(about == Subject.Party && party == PartyType.Organization);

    /// <summary>Private people (not officials acting in office).</summary>
    public static bool IsAPrivatePerson(Subject about) => about is
        Subject.Party or Subject.PrivateIndividual or Subject.Minor;

    /// <summary>Reasons that never suffice by themselves under the compelling-reasons standard.</summary>
    public static bool NeverCompellingAlone(HarmKind kind) => kind is
        HarmKind.Embarrassment or HarmKind.Incrimination or HarmKind.FurtherLitigation or HarmKind.Reputational;

    /// <summary>Harms that put a person's privacy or safety at stake, as opposed to a business's or a case's interests.</summary>
    public static bool PutsAPersonAtStake(HarmKind kind) => kind is
        HarmKind.Privacy or HarmKind.Safety or HarmKind.Persecution or HarmKind.ImproperUse or HarmKind.LawEnforcementInterference;

    /// <summary>
    /// Harms a privilege answers: the confidentiality of the lawyer-client communication (privacy) and its use in
    /// litigation or against the client; not a competitive, security or safety harm, which privilege facts do not show.
    /// </summary>
    public static bool AnsweredByPrivilege(HarmKind kind) => kind is
        HarmKind.Privacy or HarmKind.FurtherLitigation or HarmKind.ImproperUse or HarmKind.Incrimination;

    /// <summary>Showings that are not particularized: no specific facts tied to the information.</summary>
    public static bool IsNotParticularized(Showing showing) => showing is not Showing.Specific;

    /// <summary>Harms grave enough that a general public interest does not outweigh them once shown.</summary>
    public static bool OutweighsEvenCentralInterest(HarmKind kind) => kind is
        HarmKind.TradeSecretDisclosure or HarmKind.Safety or HarmKind.Persecution or
        HarmKind.SecurityVulnerability or HarmKind.LawEnforcementInterference;

    /// <summary>
    /// The identifiers Rule 5.2(a) limits in every filing. An individual's Social Security number, taxpayer number and
    /// birth date (a business's employer number is not reached); the name of a minor, which is what the contract's
    /// <c>minor-identity</c> is above all, and a <c>name</c> about a <c>minor</c>; and every financial-account number,
    /// whoever holds the account (5.2(a)(4) names no holder). A minor shown only by initials already meets the rule,
    /// and one shown only in an image or a description is not named, which is all 5.2(a)(3) reaches (<c>form</c>).
    /// </summary>
    public static bool IsRule52Identifier(InformationKind kind, Subject about, IdentityForm? form = null, bool person = true) => kind switch
    {
        InformationKind.FinancialAccount => true,
        InformationKind.MinorIdentity => form is null or IdentityForm.Name,
        InformationKind.Ssn or InformationKind.TaxpayerId or InformationKind.Birthdate => IsAPerson(about) && person,
        InformationKind.Name => about == Subject.Minor && form is null or IdentityForm.Name,
        _ => false,
    };

    /// <inheritdoc cref="IsRule52Identifier(InformationKind, Subject, IdentityForm?, bool)"/>
    public static bool IsRule52Identifier(Information info) => IsRule52Identifier(info.Kind, info.About, info.Form, info.IsAPerson);

    /// <summary>The subdivision of Rule 5.2(b) that names an exemption.</summary>
    public static string Rule52Subdivision(Rule52Exemption exemption) => $"5.2(b)({(int)exemption})";

    /// <summary>
    /// Secrets whose disclosure would destroy them: a suit over them cannot require publishing them, so their place at
    /// the heart of the case does not outweigh a shown need to protect them (Psystar at 1162).
    /// </summary>
    public static bool IsSecretByNature(InformationKind kind) => kind is
        InformationKind.TradeSecret or InformationKind.SourceCode or InformationKind.TechnicalInformation;

    /// <summary>A contract's pricing, royalty and payment terms (In re Electronic Arts).</summary>
    public static bool IsContractPricing(InformationKind kind) => kind is InformationKind.PricingTerms or InformationKind.LicensingTerms;

    /// <summary>Information about a business or an agency's operations, not about a person.</summary>
    public static bool IsInstitutionalInformation(InformationKind kind) => kind is
        InformationKind.TradeSecret or InformationKind.PricingTerms or InformationKind.LicensingTerms or InformationKind.FinancialData or
        InformationKind.SourceCode or InformationKind.TechnicalInformation or InformationKind.CustomerInformation or
        InformationKind.BusinessStrategy or InformationKind.SettlementTerms or InformationKind.InternalPolicy or
        InformationKind.InternalOpinions or InformationKind.OperationalData or InformationKind.ContingencyPlan or
        InformationKind.LawEnforcementTechnique or InformationKind.SecurityProcedure or InformationKind.AgentLocations or
        InformationKind.InvestigativeFile;

    /// <summary>A child's educational, psychological and health records (IDEA administrative records are the type).</summary>
    public static bool IsMinorsRecord(InformationKind kind) => kind is
        InformationKind.Education or InformationKind.Medical or InformationKind.MentalHealth;

    /// <summary>The security details courts have sealed on a specific showing (Bell v. Home Depot; Kelly v. Serco).</summary>
    public static bool RevealsSecurityDetails(InformationKind kind) => kind is
        InformationKind.AgentLocations or InformationKind.SecurityProcedure or InformationKind.LawEnforcementTechnique or
        InformationKind.TechnicalInformation;

    /// <summary>Health information: courts keep it private even where the condition itself is at issue.</summary>
    public static bool IsHealthInformation(InformationKind kind) => kind is InformationKind.Medical or InformationKind.MentalHealth;

    /// <summary>Filings that ask the court to decide the merits (dispositive in the pre-2016 vocabulary).</summary>
    public static bool DecidesTheMerits(UnderlyingFiling filing) => filing is
        UnderlyingFiling.Complaint or UnderlyingFiling.MotionToDismiss or UnderlyingFiling.SummaryJudgment or
        UnderlyingFiling.Trial or UnderlyingFiling.SettlementApproval;

    /// <summary>Plain words for a kind of information, for findings (see <see cref="Phrases"/>).</summary>
    public static string Words(InformationKind kind) => Phrases.Kind(kind);
}
