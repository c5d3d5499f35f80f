using SealingRules.Model;

namespace SealingRules.Contract;

/// <summary>The kinds of value a contract field holds.</summary>
internal enum ValueKind { Version, String, Date, Boolean, Enum, Object, Array, StringArray, EnumArray }

internal sealed record FieldSpec(
    string Name, bool Required, ValueKind Kind, string Doc, IReadOnlyList<string>? Values = null, ShapeSpec? Shape = null,
    bool NonEmpty = false, IReadOnlyDictionary<string, string>? ValueDocs = null);

internal sealed record ShapeSpec(string Name, string Doc, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Fields of which at least one must be given (a harm's <c>showing</c> or <c>statement</c>).</summary>
    public IReadOnlyList<string> OneOfRequired { get; init; } = [];

    public FieldSpec? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>
/// Contract v1 as data: one table drives both validation of requests and the published JSON Schema,
/// so the two cannot drift apart.
/// </summary>
internal static class Shapes
{
    public static readonly IReadOnlyList<string> Courts =
    [
        "N.D. Cal.", "C.D. Cal.", "S.D. Cal.", "E.D. Cal.", "D. Ariz.", "D. Nev.", "W.D. Wash.", "E.D. Wash.",
        "D. Or.", "D. Haw.", "D. Idaho", "D. Mont.", "D. Alaska", "D. Guam", "D.N. Mar. I.",
    ];

    public static IReadOnlyList<string> ValuesOf<T>() where T : struct, Enum => ValuesOf(typeof(T));

    // Not generic: code instantiated per enum type is JIT-compiled on first use, and this runs on every cold start.
    public static IReadOnlyList<string> ValuesOf(Type enumType)
    {
        var values = Enum.GetValues(enumType);
        var names = new string[values.Length];
        for (var i = 0; i < names.Length; i++) names[i] = Kebab.Of(values.GetValue(i)!.ToString()!);
        return names;
    }

    public static readonly ShapeSpec Harm = new("Harm", "A claimed reason for secrecy.",
    [
        new("kind", true, ValueKind.Enum, "What disclosure would cause.", ValuesOf(typeof(HarmKind)), ValueDocs: ValueHelp.HarmKind),
        new("showing", false, ValueKind.Enum, "How particular the showing is; required unless a statement is given, which is then read for it.", ValuesOf(typeof(Showing)), ValueDocs: ValueHelp.Showing),
        new("statement", false, ValueKind.String, $"The movant's or declarant's own words giving the reason (plain English, up to {StatementLimit} characters); the engine reads how particular they are.", NonEmpty: true),
        new("evidence", false, ValueKind.Enum, "What supports it.", ValuesOf(typeof(Evidence)), ValueDocs: ValueHelp.Evidence),
        new("information", false, ValueKind.StringArray, "Ids of the item's information this harm concerns; omitted means all of it.", NonEmpty: true),
        new("offeredBy", false, ValueKind.Enum, "Who makes the showing (default movant).", ValuesOf(typeof(OfferedBy)), ValueDocs: ValueHelp.OfferedBy),
    ])
    { OneOfRequired = ["showing", "statement"] };

    /// <summary>The longest statement read, in characters (about three pages of a declaration).</summary>
    public const int StatementLimit = 10_000;

    /// <summary>The longest <c>label</c>: a name for a part, not a description of it.</summary>
    public const int LabelLimit = 200;

    public static readonly ShapeSpec Information = new("Information", "One piece of information the movant wants hidden.",
    [
        new("id", true, ValueKind.String, "Unique across the whole request.", NonEmpty: true),
        new("kind", true, ValueKind.Enum, "What the information is.", ValuesOf(typeof(InformationKind)), ValueDocs: ValueHelp.InformationKind),
        new("about", true, ValueKind.Enum, "Whom it concerns.", ValuesOf(typeof(Subject)), ValueDocs: ValueHelp.Subject),
        new("seniority", false, ValueKind.Enum, "For public officials.", ValuesOf(typeof(Seniority)), ValueDocs: ValueHelp.Seniority),
        new("channel", false, ValueKind.Enum, "For contact details: official or personal.", ValuesOf(typeof(Channel)), ValueDocs: ValueHelp.Channel),
        new("partyType", false, ValueKind.Enum, "For information about a party: whether the party is a person or an organization (a company, an agency). Omitted, a caption that names only organizations says organization; otherwise the party may be a person.", ValuesOf(typeof(PartyType)), ValueDocs: ValueHelp.PartyType),
        new("label", false, ValueKind.String, $"What the filer calls this part (\"the price table\"), up to {LabelLimit} characters: the orders name the part so; the reasoning names it by its kind.", NonEmpty: true),
        new("form", false, ValueKind.Enum, "For a name or a minor's identity: how it appears in the filing (default name). Rule 5.2(a)(3) reaches a minor's name only.", ValuesOf(typeof(IdentityForm)), ValueDocs: ValueHelp.IdentityForm),
        new("atIssue", false, ValueKind.Boolean, "True when the information is itself at the heart of the claims, false when it is not; omitted when the record does not say."),
        new("atIssueBy", false, ValueKind.Enum, "With atIssue true: who put the information at issue, the person it concerns (default) or another party; a person who did not choose to put a health condition at issue has not given up its privacy.", ValuesOf(typeof(AtIssueBy)), ValueDocs: ValueHelp.AtIssueBy),
        new("pseudonym", false, ValueKind.Enum, "For information that identifies a person (a name, a contact detail, an identifying number): whether the court has let that person proceed under a pseudonym in this case, or refused to; omitted when it was not asked or not yet decided.", ValuesOf(typeof(PseudonymRuling)), ValueDocs: ValueHelp.Pseudonym),
        new("waivedByOwner", false, ValueKind.Boolean, "True when the person it identifies filed it unredacted and not under seal (Rule 5.2(h) waiver)."),
        new("unredactedByOrder", false, ValueKind.Boolean, "True when the court has ordered that this Rule 5.2(a) identifier may be filed unredacted (5.2(a): 'unless the court orders otherwise')."),
        new("courtReview", false, ValueKind.Enum, "What the court found on its own reading of the document: innocuous (nothing sensitive in it) or harmful (disclosure would cause the harm).", ValuesOf(typeof(CourtReview)), ValueDocs: ValueHelp.CourtReview),
    ]);

    public static readonly ShapeSpec Item = new("Item", "A document or portion the movant wants kept from the public.",
    [
        new("id", true, ValueKind.String, "Unique across the whole request.", NonEmpty: true),
        new("title", false, ValueKind.String, "Free text."),
        new("request", true, ValueKind.Enum, "Seal the whole item, or file it publicly with redactions.", ValuesOf(typeof(RequestKind)), ValueDocs: ValueHelp.Request),
        new("traditionallySecret", false, ValueKind.Enum, "A record traditionally kept secret (default none).", ValuesOf(typeof(TraditionallySecret)), ValueDocs: ValueHelp.TraditionallySecret),
        new("alreadyPublic", false, ValueKind.Boolean, "The information is already in the public domain (default false)."),
        new("publicVia", false, ValueKind.Enum, "With alreadyPublic: from outside sources, or only because it was filed earlier on this docket (which does not make it public).", ValuesOf(typeof(PublicVia)), ValueDocs: ValueHelp.PublicVia),
        new("publicHealthOrSafety", false, ValueKind.Boolean, "The information concerns public health or safety (weighs toward disclosure under good cause)."),
        new("notSubmitted", false, ValueKind.Boolean, "The documents themselves were not put before the court with the motion: not lodged or given for its review (default false)."),
        new("remainder", false, ValueKind.Enum, "Whether the rest of the document, beyond the information listed, is confidential too; omitted, the listed information is all it holds.", ValuesOf(typeof(Remainder)), ValueDocs: ValueHelp.Remainder),
        new("restsOn", false, ValueKind.EnumArray, "What the movant rests the request on besides a harm: a confidentiality agreement, a statute, a privilege, or an earlier sealing.", ValuesOf(typeof(Ground)), NonEmpty: true, ValueDocs: ValueHelp.Ground),
        new("statute", false, ValueKind.Enum, "With restsOn statute: which kind of statute is said to make the record confidential.", ValuesOf(typeof(StatuteKind)), ValueDocs: ValueHelp.StatuteKind),
        new("refersTo", false, ValueKind.StringArray, "Ids of information in other items that this item (e.g. a brief) quotes or refers to.", NonEmpty: true),
        new("protectiveOrderOnly", false, ValueKind.Boolean, "The only support is a protective-order designation (default false)."),
        new("designatedBy", false, ValueKind.Enum, "Who designated the material confidential (default movant).", ValuesOf(typeof(Designator)), ValueDocs: ValueHelp.Designator),
        new("publicInterest", false, ValueKind.Enum, "How much the information matters to the public's understanding of the case.", ValuesOf(typeof(PublicInterest)), ValueDocs: ValueHelp.PublicInterest),
        new("rule52Exemption", false, ValueKind.Enum, "A filing Rule 5.2(b) exempts from the redaction requirement (default none).", ValuesOf(typeof(Rule52Exemption)), ValueDocs: ValueHelp.Rule52Exemption),
        new("information", true, ValueKind.Array, "The pieces of information the movant wants hidden.", Shape: Information, NonEmpty: true),
        new("harms", false, ValueKind.Array, "What the movant says disclosure would cause.", Shape: Harm),
    ]);

    public static readonly ShapeSpec Motion = new("Motion", "A motion to seal.",
    [
        new("id", true, ValueKind.String, "Unique in the request, e.g. ECF 290.", NonEmpty: true),
        new("movant", true, ValueKind.Enum, "Who moves.", ValuesOf(typeof(Movant)), ValueDocs: ValueHelp.Movant),
        new("underlyingFiling", true, ValueKind.Enum, "The filing the sealed material is attached to.", ValuesOf(typeof(UnderlyingFiling)), ValueDocs: ValueHelp.UnderlyingFiling),
        new("posture", false, ValueKind.Enum, "A motion to seal (default), or a motion to unseal records already sealed; movant stays the party that wants them kept sealed.", ValuesOf(typeof(Posture)), ValueDocs: ValueHelp.Posture),
        new("unsealMovant", false, ValueKind.Enum, "With posture motion-to-unseal: who moves to unseal.", ValuesOf(typeof(UnsealMovant)), ValueDocs: ValueHelp.UnsealMovant),
        new("opposed", false, ValueKind.Boolean, "Whether anyone opposed the motion; omitted when the record does not say."),
        new("relationToMerits", false, ValueKind.Enum, "The user's own classification; overrides the engine's.", ValuesOf(typeof(MeritsRelation)), ValueDocs: ValueHelp.MeritsRelation),
        new("items", true, ValueKind.Array, "The items the movant wants kept from the public.", Shape: Item, NonEmpty: true),
    ]);

    public static readonly ShapeSpec Case = new("Case", "The case, echoed in reports.",
    [
        new("name", false, ValueKind.String, "Case name."),
        new("number", false, ValueKind.String, "Case number."),
        new("judge", false, ValueKind.String, "The judge the case is assigned to, if known (free text, echoed in the result)."),
    ]);

    /// <summary>One item's place in the filing: the portion sealed and its docket or exhibit number.</summary>
    public static readonly ShapeSpec FilingItem = new("FilingItem", "Where one item sits in the filing (pre-filing check, proposed order).",
    [
        new("id", true, ValueKind.String, "The item's id, as in motions[].items[].", NonEmpty: true),
        new("portions", false, ValueKind.String, "The pages or lines sought to be sealed, e.g. 'pp. 3-4; 7:2-10'."),
        new("exhibit", false, ValueKind.String, "The docket or exhibit number the court will use, e.g. 'ECF 290-5' or 'Ex. 41'."),
        new("declaration", false, ValueKind.String, "Where the supporting declaration gives the reason for this item, e.g. 'Howe Decl. ¶¶ 4-6'; the proposed order's table cites it."),
    ]);

    /// <summary>Counsel for the movant, for the first page and signature of the movant's proposed order.</summary>
    public static readonly ShapeSpec Counsel = new("Counsel", "Counsel for the movant, as a pleading's first page names them (movant's proposed order).",
    [
        new("name", false, ValueKind.String, "The attorney's name."),
        new("bar", false, ValueKind.String, "The State Bar number."),
        new("firm", false, ValueKind.String, "The firm or office."),
        new("address", false, ValueKind.String, "The address; separate lines with ';' or a newline."),
        new("phone", false, ValueKind.String, "The telephone number."),
        new("email", false, ValueKind.String, "The email address."),
        new("attorneysFor", false, ValueKind.String, "Whom counsel represents, e.g. 'Defendant Acme Corp.'"),
    ]);

    /// <summary>
    /// The filing facts a procedure check reads (contract 1.x, "Pre-filing check"). Each flag is true when done, false
    /// when not done; omitted means the request does not say, and the check reports it unknown.
    /// </summary>
    public static readonly ShapeSpec Filing = new("Filing", "Facts about how the motion is filed, read by the pre-filing check; omitted facts are unknown.",
    [
        new("motionFiled", false, ValueKind.Date, "The day the sealing motion (application, request) was filed or lodged; starts the clocks and selects the version of the district's rule."),
        new("filedWithDocument", false, ValueKind.Boolean, "The motion was filed no later than the documents it asks to seal (at the same time, or before where the rule allows)."),
        new("motionInPrescribedForm", false, ValueKind.Boolean, "The request takes the form the district's rule prescribes (e.g. N.D. Cal.'s Administrative Motion under Civil L.R. 7-11, C.D. Cal.'s Application for Leave, E.D. Cal.'s Request submitted, not filed)."),
        new("identifiersRedacted", false, ValueKind.Boolean, "Every Fed. R. Civ. P. 5.2(a) identifier in what is filed publicly shows only what the rule allows."),
        new("leaveBeforeFiling", false, ValueKind.Boolean, "Leave (or an order) to file under seal was obtained before the sealed documents were filed."),
        new("supportingDeclaration", false, ValueKind.Boolean, "A declaration supports the factual basis for sealing."),
        new("designatingDeclarationFiled", false, ValueKind.Boolean, "The party that designated the material confidential filed its own declaration or statement."),
        new("designatingDeclarationDate", false, ValueKind.Date, "The day the designating party filed it."),
        new("noticeToDesignatingParty", false, ValueKind.Boolean, "The designating party was served with, or given notice of, the motion."),
        new("proposedOrder", false, ValueKind.Boolean, "A proposed order was submitted."),
        new("lessRestrictiveAlternativeExplained", false, ValueKind.Boolean, "The motion explains why a less restrictive alternative to sealing (redaction, a summary) is not enough."),
        new("proposedOrderTable", false, ValueKind.Boolean, "The proposed order lists each document in a table (document, portion, ruling, reason)."),
        new("redactedPublicVersion", false, ValueKind.Boolean, "A redacted version of each document is filed publicly."),
        new("unredactedSealedVersion", false, ValueKind.Boolean, "An unredacted version is lodged or filed under seal."),
        new("sealedPortionsMarked", false, ValueKind.Boolean, "The unredacted version marks (highlights, boxes) the portions sought to be sealed."),
        new("metAndConferred", false, ValueKind.Boolean, "The parties met and conferred about the sealing, or about alternatives to it."),
        new("stipulated", false, ValueKind.Boolean, "The parties stipulated to the sealing."),
        new("publicNotice", false, ValueKind.Boolean, "A public notice of the request (or of the sealed filing) was filed on the docket."),
        new("serviceOfSealedDocuments", false, ValueKind.Boolean, "The sealed documents were served on the other parties."),
        new("chambersCopies", false, ValueKind.Boolean, "Courtesy (chambers) copies were delivered as the rules require."),
        new("items", false, ValueKind.Array, "For each item: the portions sealed and its docket or exhibit number.", Shape: FilingItem),
        new("counsel", false, ValueKind.Object, "Counsel for the movant, for the movant's proposed order.", Shape: Counsel),
    ]);

    public static readonly ShapeSpec Request = new("SealingRequest", "A sealing request, contract v1.",
    [
        new("schemaVersion", true, ValueKind.Version, "Always 1."),
        new("court", false, ValueKind.Enum, "The district.", Courts, ValueDocs: ValueHelp.Court),
        new("asOf", false, ValueKind.Date, "Apply the law in force on this day (default: today)."),
        new("case", false, ValueKind.Object, "Case name and number.", Shape: Case),
        new("motions", true, ValueKind.Array, "Motions decided together.", Shape: Motion, NonEmpty: true),
        new("filing", false, ValueKind.Object, "How the motion is filed: the facts the pre-filing check reads (contract 1.x).", Shape: Filing),
    ]);
}
