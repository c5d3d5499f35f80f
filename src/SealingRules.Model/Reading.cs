namespace SealingRules.Model;

// Reading the showing (contract 1.x, harm `statement`): the movant's own words are a fact; what the words contain is
// found by a small reader (features), and what the features mean for particularity is decided by the rules in
// rules/Particularity, in a session of their own that runs before the decision.

/// <summary>What a passage of the movant's words does, as the reader finds it.</summary>
public enum Feature
{
    /// <summary>Rests on a confidentiality designation or a protective order.</summary>
    Designation,
    /// <summary>Rests on an agreement to keep the material confidential.</summary>
    Agreement,
    /// <summary>Calls the information confidential, proprietary or sensitive.</summary>
    ConfidentialLabel,
    /// <summary>Names a harm in general terms (harm, injury, competitive disadvantage).</summary>
    HarmNamed,
    /// <summary>Names who would use the information against the movant (competitors, counterparties, suppliers).</summary>
    Audience,
    /// <summary>Names only unidentified actors (bad actors, hostile actors, others, the public).</summary>
    VagueActors,
    /// <summary>Says how disclosure would cause the harm (undercut prices, locate a witness, evade a camera).</summary>
    Mechanism,
    /// <summary>Names concretely what the information is (royalty rates, customer names, a diagnosis, a door schedule).</summary>
    ConcreteContent,
    /// <summary>Says the information is kept secret (not public, access limited).</summary>
    SecrecyMeasures,
    /// <summary>Speculates: could, might, potentially.</summary>
    Speculation,
    /// <summary>States a threat to persons: threats, violence, persecution, retaliation.</summary>
    Threat,
    /// <summary>Names a personal subject the law protects (health, a minor, an account number).</summary>
    PersonalSubject,
    /// <summary>Asks to seal an entire document, record or case.</summary>
    WholeRecord,
    /// <summary>Speaks of embarrassment or reputation.</summary>
    Embarrassment,
    /// <summary>Says what the document contains or reflects, without more.</summary>
    DescribesContent,
    /// <summary>Asserts the conclusion itself: a compelling reason, good cause, that it should be sealed.</summary>
    AssertsConclusion,
    /// <summary>Offers a narrower request in the alternative ("or, in the alternative, to redact his name").</summary>
    Alternative,
    /// <summary>Says the information concerns a minor: a child, a juvenile, the minor plaintiffs.</summary>
    MinorNamed,
    /// <summary>Says the people it concerns are not parties ("non-party employees", "who is not a defendant").</summary>
    NonPartyNamed,
    /// <summary>Says the information would identify an informant, a confidential source, a cooperating witness or an undercover officer.</summary>
    InformantNamed,
    /// <summary>Says the information is already public: published, publicly available, in an annual report.</summary>
    ConcedesPublic,
    /// <summary>Says disclosure would cause no harm ("will suffer no harm", "would not hurt"); not agreeing to a redacted public version.</summary>
    DisclaimsHarm,
    /// <summary>Words that are not a sentence (a string of keywords): found so the finding can say so, never read for a reason.</summary>
    Keywords,
    /// <summary>
    /// Names the medium the material is in (videos, footage), not what it shows: with a mechanism ("could be studied for
    /// tactical use") it ties the harm to the material; alone it names no content.
    /// </summary>
    MediumNamed,
    /// <summary>Names health as what the information is (medical, a diagnosis, treatment, mental health); "personal" alone does not.</summary>
    HealthNamed,
    /// <summary>Names a means of access as what the information is: passwords, login credentials, PINs, access codes, keys.</summary>
    CredentialsNamed,
    /// <summary>Puts the harm itself as only possible ("it is possible that", "could conceivably", "might be able to").</summary>
    OnlyPossible,
    /// <summary>Claims the attorney-client privilege or work-product protection for the material, by name.</summary>
    PrivilegeClaimed,
    /// <summary>
    /// States what makes material privileged: a communication with counsel, or material prepared for litigation
    /// (counsel's mental impressions).
    /// </summary>
    PrivilegeFacts,
    /// <summary>Names legal advice sought or given, or a lawyer's advice, as what the material is.</summary>
    LegalAdvice,
    /// <summary>Names further litigation disclosure would invite ("other employees would bring similar claims"), Foltz's kin of embarrassment.</summary>
    FurtherLitigation,
    /// <summary>
    /// A danger already acted on by the people feared ("members of the organization have threatened his family", "the
    /// gang has murdered two cooperating witnesses", "he has received death threats"): an act shown, not a harm named.
    /// </summary>
    DangerActed,
    /// <summary>
    /// Those the person fears are within reach of them, or they of those they fear ("her family remains in the country
    /// she fled", "the assailant still lives in her town", "co-conspirators still at large", "released last month"): a
    /// fact that makes the danger concrete, where the harm claimed is to someone's safety.
    /// </summary>
    WithinReach,
}

/// <summary>The movant's statement of one harm: what it concerns, for the particularity rules to read with its features.</summary>
/// <param name="Id">The statement's id: the item's id and the harm's place in it.</param>
/// <param name="ItemId">The item whose harm it states.</param>
/// <param name="HarmIndex">The harm's 0-based place in the item's <c>harms</c>.</param>
/// <param name="HarmKind">The harm claimed.</param>
/// <param name="InformationKinds">The kinds of information the harm concerns.</param>
/// <param name="Subjects">Whom that information concerns.</param>
public sealed record Statement(
    string Id, string ItemId, int HarmIndex, HarmKind HarmKind, IReadOnlyList<InformationKind> InformationKinds, IReadOnlyList<Subject> Subjects)
{
    /// <summary>Whether the words could be read at all (English prose); an unread statement shows nothing.</summary>
    public bool Readable { get; init; } = true;

    /// <summary>Whether any of the information is of a kind the law protects for persons (health, a minor, an identifier).</summary>
    public bool ConcernsPersonalKind(Func<InformationKind, bool> test) => InformationKinds.Any(test);
}

/// <summary>One feature the reader found in a statement, with the words that carry it.</summary>
public sealed record StatementFeature(string StatementId, Feature Feature, string Quote);

/// <summary>
/// What one particularity rule finds in a statement: the showing the words support on its view, and the finding as a
/// clause (<paramref name="Gist"/>) that a rule answering it can quote.
/// </summary>
public sealed record ParticularityFinding(string StatementId, Showing Showing, Step Step, string Gist)
{
    /// <summary>The statement's own words take back the reason it gives (the information is already public): no particularity elsewhere restores it.</summary>
    public bool Undoes { get; init; }
}

/// <summary>The reading of a statement: the showing it makes, the steps that decided it, and why in a clause.</summary>
public sealed record ShowingRead(string StatementId, Showing Showing, IReadOnlyList<Step> Because, string Why);
