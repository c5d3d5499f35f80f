namespace SealingRules.Model;

// Enum member names map to the contract's kebab-case values (CompellingReasons -> "compelling-reasons").

public enum Movant { Plaintiff, Defendant, Joint, NonParty, Intervenor }

public enum UnderlyingFiling
{
    Complaint, MotionToDismiss, SummaryJudgment, PreliminaryInjunction, ClassCertification, Trial,
    MotionInLimine, Daubert, Discovery, Sanctions, SettlementApproval, AttorneyFees, UnfiledDiscovery, Other,
}

public enum MeritsRelation { MoreThanTangential, Tangential }

public enum RequestKind { Seal, Redact }

public enum TraditionallySecret { None, GrandJuryTranscript, PreIndictmentWarrantMaterials }

public enum Designator { Movant, OpposingParty, NonParty }

/// <summary>The filings Rule 5.2(b) exempts from the redaction requirement, in the rule's order.</summary>
public enum Rule52Exemption { None, ForfeitureAccount, AgencyRecord, StateCourtRecord, EarlierCourtRecord, RemoteAccessLimited, ProSeHabeas }

/// <summary>Where information already public became so: outside this case, or only by an earlier filing on this docket.</summary>
public enum PublicVia { OutsideSources, ThisDocket }

/// <summary>What the court found on its own reading of the document.</summary>
public enum CourtReview { Innocuous, Harmful }

public enum PublicInterest { Central, Relevant, Peripheral }

public enum InformationKind
{
    // business
    TradeSecret, PricingTerms, LicensingTerms, FinancialData, SourceCode, TechnicalInformation,
    CustomerInformation, BusinessStrategy, SettlementTerms, InternalPolicy,
    // personal, identifying
    Name, HomeAddress, PhoneNumber, EmailAddress, Ssn, TaxpayerId, FinancialAccount, Birthdate,
    EmergencyContact, IdentificationNumber, MinorIdentity, VictimIdentity,
    // personal, descriptive
    Occupation, CityOfOrigin, CountryOfOrigin, Gender, SexualOrientation, Education, BloodType,
    IdentificationDocumentType, Medical, MentalHealth, CriminalHistory, ImmigrationStatus,
    PersonnelRecord, TravelDetails, PersecutionCategory,
    // government
    InternalOpinions, OperationalData, ContingencyPlan, LawEnforcementTechnique, SecurityProcedure,
    AgentLocations, InvestigativeFile,
    Other,
}

public enum Subject { Party, NonPartyBusiness, PrivateIndividual, Minor, PublicOfficial, GovernmentAgency }

public enum Seniority { Senior, LowerLevel }

/// <summary>For information about a party: whether the party is a person or an organization (request field <c>partyType</c>).</summary>
public enum PartyType { Person, Organization }

/// <summary>Who made information at the heart of the claims so (contract addition <c>atIssueBy</c>).</summary>
public enum AtIssueBy { Subject, AnotherParty }

/// <summary>What the court has done with a request to let the person proceed under a pseudonym (contract addition <c>pseudonym</c>).</summary>
public enum PseudonymRuling { Allowed, Denied }

public enum Channel { Official, Personal }

/// <summary>How the motion comes before the court (request field <c>posture</c>).</summary>
public enum Posture { MotionToSeal, MotionToUnseal }

/// <summary>Who moves to unseal (request field <c>unsealMovant</c>).</summary>
public enum UnsealMovant { Party, Press, Intervenor }

/// <summary>What the rest of a document holds, beyond the information the movant lists (request field <c>remainder</c>).</summary>
public enum Remainder { Confidential, NotConfidential }

/// <summary>What a movant rests a request on besides a harm (request field <c>restsOn</c>).</summary>
public enum Ground { ConfidentialityAgreement, Statute, Privilege, SealedElsewhere }

/// <summary>The kind of statute said to make a record confidential (request field <c>statute</c>).</summary>
public enum StatuteKind { FerpaIdea, TaxReturns, StateStatute, OtherFederal }

/// <summary>How a person's identity appears in the filing: Rule 5.2(a)(3) reaches a minor's name, not initials or an image.</summary>
public enum IdentityForm { Name, Initials, Image, Description }

public enum HarmKind
{
    CompetitiveHarm, TradeSecretDisclosure, Privacy, Safety, Persecution, SecurityVulnerability,
    LawEnforcementInterference, ImproperUse, Embarrassment, Incrimination, FurtherLitigation, Reputational,
}

public enum Showing { Specific, Generalized, Conclusory, Hypothetical, None }

public enum Evidence { Declaration, ArgumentOnly, None }

public enum OfferedBy { Movant, DesignatingParty }

public enum Standard { CompellingReasons, GoodCause, NoPresumption }

public enum Outcome { Seal, Redact, Public }

public enum Relief { Full, Partial, None }

public enum Disposition { Granted, GrantedInPart, Denied }
