namespace SealingRules.Model;

/// <summary>The law to apply: the day the court decides (the request's <c>asOf</c>).</summary>
public sealed record LawDate(DateOnly AsOf);

/// <summary>A motion to seal, as stated in the request.</summary>
public sealed record Motion(
    string Id, Movant Movant, UnderlyingFiling Filing, MeritsRelation? StatedRelation, int ItemCount)
{
    /// <summary>A motion to seal (the default) or to unseal (contract addition <c>posture</c>).</summary>
    public Posture Posture { get; init; }

    /// <summary>With a motion to unseal: who brings it (contract addition <c>unsealMovant</c>).</summary>
    public UnsealMovant? UnsealMovant { get; init; }

    /// <summary>Whether anyone opposed the motion, where the request says (contract addition <c>opposed</c>).</summary>
    public bool? Opposed { get; init; }

    /// <summary>
    /// The movant is the United States, as the caption names it ("United States v. …" for the plaintiff, "… v. United
    /// States" for the defendant): courts call it the government, not the plaintiff.
    /// </summary>
    public bool ForTheGovernment { get; init; }

    /// <summary>The case is a criminal case, as its docket number says ("2:15-cr-0189", "CR 21-0351"; <see cref="Dockets"/>).</summary>
    public bool Criminal { get; init; }
}

/// <summary>A document, or a portion of one, that the movant wants kept from the public.</summary>
public sealed record Item(
    string Id,
    string MotionId,
    string? Title,
    RequestKind Request,
    TraditionallySecret TraditionallySecret,
    bool AlreadyPublic,
    bool ProtectiveOrderOnly,
    Designator DesignatedBy,
    PublicInterest? PublicInterest,
    int InformationCount,
    Rule52Exemption Rule52Exemption = Rule52Exemption.None,
    PublicVia? PublicVia = null,
    bool PublicHealthOrSafety = false)
{
    /// <summary>
    /// In the public domain from sources outside this case. Information public only because it was filed earlier on
    /// this docket is not: courts seal the filing and have a redacted copy filed.
    /// </summary>
    public bool PublicElsewhere => AlreadyPublic && PublicVia != Model.PublicVia.ThisDocket;

    /// <summary>
    /// Whether the rest of the document, beyond the information listed, is confidential too (contract addition
    /// <c>remainder</c>); omitted, the listed information is taken to be all the document holds.
    /// </summary>
    public Remainder? Remainder { get; init; }

    /// <summary>
    /// Where the movant's own words place the harm within the document ("slides 4-9", "page 12, lines 3-8"), as the
    /// reader finds it in a harm's statement; null where no statement locates it. A fact of the words, read by
    /// <c>tailoring/words-locate-the-harm</c> when the request does not say whether the rest is confidential.
    /// </summary>
    public string? HarmLocatedAt { get; init; }

    /// <summary>
    /// The words of a safety or persecution statement that tie the danger to the person's being identified ("if my
    /// name appears on this petition"), as the reader finds them; null where no statement does. Read by
    /// <c>tailoring/anonymity-answers-the-danger</c>.
    /// </summary>
    public string? DangerFromIdentity { get; init; }

    /// <summary>What the movant rests the request on besides a harm (contract addition <c>restsOn</c>).</summary>
    public IReadOnlyList<Ground> RestsOn { get; init; } = [];

    /// <summary>With <see cref="Ground.Statute"/>: the kind of statute (contract addition <c>statute</c>).</summary>
    public StatuteKind? Statute { get; init; }

    /// <summary>The documents themselves were not put before the court with the motion (not lodged, not given for review).</summary>
    public bool NotSubmitted { get; init; }

    /// <summary>Information ids in other items that this item (a brief, a declaration) quotes or refers to.</summary>
    public IReadOnlyList<string> RefersTo { get; init; } = [];
}

/// <summary>One piece of information in an item that the movant wants hidden.</summary>
public sealed record Information(
    string Id,
    string ItemId,
    InformationKind Kind,
    Subject About,
    Seniority? Seniority,
    Channel? Channel,
    bool? AtIssue,
    bool WaivedByOwner = false,
    CourtReview? CourtReview = null,
    bool UnredactedByOrder = false)
{
    /// <summary>The request says the information is at the heart of the claims (unstated is not the same as false).</summary>
    public bool IsAtIssue => AtIssue == true;

    /// <summary>
    /// Who put the information at issue (contract addition <c>atIssueBy</c>): the person it concerns (a plaintiff suing over
    /// an injury) or another party (the government petitioning to treat a detainee against his will). Omitted, the
    /// person, as before the field existed.
    /// </summary>
    public AtIssueBy? AtIssueBy { get; init; }

    /// <summary>At issue by the person's own choice: the waiver that the at-issue health-record orders rest on.</summary>
    public bool IsPutAtIssueByItsSubject => IsAtIssue && AtIssueBy != Model.AtIssueBy.AnotherParty;

    /// <summary>
    /// For information about a party: a person or an organization (contract addition <c>partyType</c>, else read from a
    /// caption that names only organizations); unknown is taken as possibly a person, as before the field existed.
    /// </summary>
    public PartyType? PartyType { get; init; }

    /// <summary>The party type was read from the caption, not given: the engine says so where it decides something.</summary>
    public bool PartyTypeFromCaption { get; init; }

    /// <summary>
    /// Whether the court has let the person this information identifies proceed under a pseudonym in this case, or refused
    /// to (contract addition <c>pseudonym</c>); omitted, it was not asked or not yet decided.
    /// </summary>
    public PseudonymRuling? Pseudonym { get; init; }

    /// <summary>The court has let the person proceed under a pseudonym: a public filing that named them would undo that order.</summary>
    public bool PseudonymAllowed => Pseudonym == PseudonymRuling.Allowed;

    /// <summary>Whether privacy can be this information's subject's own: a person's, never a company's or an agency's.</summary>
    public bool IsAPerson => Taxonomy.IsAPerson(About, PartyType);

    /// <summary>A private person (not an official acting in office, not an organization that is a party).</summary>
    public bool IsAPrivatePerson => Taxonomy.IsAPrivatePerson(About) && Taxonomy.IsAPerson(About, PartyType);

    /// <summary>How the identity appears (contract addition <c>form</c>); omitted, a minor's identity is a name.</summary>
    public IdentityForm? Form { get; init; }

    /// <summary>What the filer calls this part ("the price table"; contract addition <c>label</c>), for the orders' tables.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// The noun phrase findings use for this piece, without its article: "medical information". Where one item holds
    /// two pieces of the same kind, each is told apart by its place in the item ("medical information listed
    /// second"), so that a finding on one is never read as contradicting a finding on the other.
    /// </summary>
    public string Words { get; init; } = Phrases.Kind(Kind);

    /// <summary>The verb that agrees with <see cref="Words"/>: "the phone number stays", "the pricing terms stay".</summary>
    public string Verb(string singular, string plural) => Phrases.IsPlural(Kind) ? plural : singular;
}

/// <summary>A reason for secrecy the movant (or designating party) offers, for one piece of information.</summary>
public sealed record HarmClaim(
    string InformationId,
    string ItemId,
    HarmKind Kind,
    Showing Showing,
    Evidence? Evidence,
    OfferedBy OfferedBy)
{
    /// <summary>
    /// Whether the claim comes from whoever designated the item confidential: the movant's own material, or the
    /// designating party speaking for its material. Nobody else can make the showing for it.
    /// </summary>
    public bool ComesFromTheDesignator(Item item) => item.DesignatedBy == Designator.Movant || OfferedBy == OfferedBy.DesignatingParty;

    /// <summary>
    /// The showing was read from the words as specific because of what the information is (health records, a minor's
    /// name, a person's identifying details), not because the words state facts of how disclosure would harm: a finding
    /// then says the showing rests on the information's nature, not on "specific facts".
    /// </summary>
    public bool CarriedByKind { get; init; }
}
