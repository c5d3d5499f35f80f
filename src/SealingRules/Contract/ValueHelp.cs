namespace SealingRules.Contract;

/// <summary>
/// Plain words for each value of the contract's choices, part of the field table (<see cref="Shapes"/>): the schema
/// publishes them as <c>x-valueDescriptions</c>, and the local page shows them as the help of each choice.
/// </summary>
internal static class ValueHelp
{
    public static readonly IReadOnlyDictionary<string, string> Movant = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["plaintiff"] = "The plaintiff asks to seal.",
        ["defendant"] = "The defendant asks to seal.",
        ["joint"] = "The parties ask together.",
        ["non-party"] = "Someone who is not a party (e.g. a company whose documents were produced).",
        ["intervenor"] = "Someone who joined the case to be heard on this.",
    };

    public static readonly IReadOnlyDictionary<string, string> UnderlyingFiling = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["complaint"] = "Attached to the complaint: more than tangentially related to the merits.",
        ["motion-to-dismiss"] = "Attached to a motion to dismiss.",
        ["summary-judgment"] = "Attached to a motion for summary judgment: dispositive, so compelling reasons are needed.",
        ["preliminary-injunction"] = "Attached to a motion for a preliminary injunction: usually more than tangential to the merits.",
        ["class-certification"] = "Attached to a motion for class certification.",
        ["trial"] = "Offered at trial.",
        ["motion-in-limine"] = "Attached to a motion in limine (what evidence trial may use).",
        ["daubert"] = "Attached to a motion to exclude an expert (Daubert).",
        ["discovery"] = "Attached to a discovery motion: usually only tangential to the merits (good cause).",
        ["sanctions"] = "Attached to a motion for sanctions.",
        ["settlement-approval"] = "Attached to a motion to approve a settlement.",
        ["attorney-fees"] = "Attached to a motion for attorney's fees.",
        ["unfiled-discovery"] = "Discovery material never filed with the court.",
        ["other"] = "Any other filing; say how it relates to the merits below.",
    };

    public static readonly IReadOnlyDictionary<string, string> MeritsRelation = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["more-than-tangential"] = "The filing is more than tangentially related to the merits: compelling reasons are needed.",
        ["tangential"] = "The filing is only tangentially related to the merits: good cause suffices.",
    };

    public static readonly IReadOnlyDictionary<string, string> Request = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["seal"] = "Keep the whole item under seal.",
        ["redact"] = "File it publicly with the listed information blacked out.",
    };

    public static readonly IReadOnlyDictionary<string, string> TraditionallySecret = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["none"] = "An ordinary court record (the presumption of public access applies).",
        ["grand-jury-transcript"] = "A grand jury transcript: traditionally kept secret, no presumption of access.",
        ["pre-indictment-warrant-materials"] = "Warrant materials before an indictment: traditionally kept secret.",
    };

    public static readonly IReadOnlyDictionary<string, string> PublicVia = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outside-sources"] = "It is public from sources outside this case (news, public records).",
        ["this-docket"] = "It is public only because it was filed earlier in this case, which is not the public domain.",
    };

    public static readonly IReadOnlyDictionary<string, string> Designator = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["movant"] = "The party asking to seal designated it confidential.",
        ["opposing-party"] = "The other side designated it; the movant files it because the protective order says so.",
        ["non-party"] = "Someone outside the case designated it.",
    };

    public static readonly IReadOnlyDictionary<string, string> PublicInterest = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["central"] = "Central to the public's understanding of the case.",
        ["relevant"] = "Relevant to it.",
        ["peripheral"] = "Peripheral: it adds little to the public's understanding.",
    };

    public static readonly IReadOnlyDictionary<string, string> Rule52Exemption = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["none"] = "No exemption: Rule 5.2(a) redactions apply.",
        ["forfeiture-account"] = "A financial-account number identifying property in a forfeiture (5.2(b)(1)).",
        ["agency-record"] = "The record of an administrative or agency proceeding (5.2(b)(2)).",
        ["state-court-record"] = "The official record of a state-court proceeding (5.2(b)(3)).",
        ["earlier-court-record"] = "The record of a court whose decision is under review, not subject to redaction when filed (5.2(b)(4)).",
        ["remote-access-limited"] = "A filing covered by 5.2(c), whose remote access is limited (5.2(b)(5)).",
        ["pro-se-habeas"] = "A pro se filing in a habeas case under 28 U.S.C. 2241, 2254 or 2255 (5.2(b)(6)).",
    };

    public static readonly IReadOnlyDictionary<string, string> Subject = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["party"] = "A party to the case.",
        ["non-party-business"] = "A business that is not a party.",
        ["private-individual"] = "A private person (a witness, a patient, an asylum seeker).",
        ["minor"] = "A child.",
        ["public-official"] = "A government official or employee, in that role.",
        ["government-agency"] = "A government agency itself.",
    };

    public static readonly IReadOnlyDictionary<string, string> Seniority = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["senior"] = "A senior official.",
        ["lower-level"] = "A lower-level employee.",
    };

    public static readonly IReadOnlyDictionary<string, string> PartyType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = "A person (a patient suing an insurer, an employee suing an employer): their privacy is theirs to claim.",
        ["organization"] = "A company or an agency: it has competitors and secrets, but no personal privacy.",
    };

    public static readonly IReadOnlyDictionary<string, string> AtIssueBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["subject"] = "The person the information concerns put it at issue (a plaintiff suing over an injury, a claimant for disability benefits).",
        ["another-party"] = "Another party made it the subject of the case (the government petitioning to treat a detainee against his will, or to have a defendant's competence examined).",
    };

    public static readonly IReadOnlyDictionary<string, string> Pseudonym = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["allowed"] = "The court has let the person this information identifies proceed under a pseudonym in this case: it is kept out of the public filings.",
        ["denied"] = "The court has refused to let that person proceed under a pseudonym: a party's own name stays public.",
    };

    public static readonly IReadOnlyDictionary<string, string> Channel = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["official"] = "A work account or office line.",
        ["personal"] = "A personal account, cell phone or home line.",
    };

    public static readonly IReadOnlyDictionary<string, string> Posture = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["motion-to-seal"] = "A motion to file or keep records under seal.",
        ["motion-to-unseal"] = "A motion to unseal records already sealed; the party that wants them kept sealed is the movant here.",
    };

    public static readonly IReadOnlyDictionary<string, string> UnsealMovant = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["party"] = "A party to the case.",
        ["press"] = "A newspaper or other news organization.",
        ["intervenor"] = "Another non-party: a public-interest group, a litigant in another case.",
    };

    public static readonly IReadOnlyDictionary<string, string> Remainder = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["confidential"] = "The rest of the document is confidential too: sealing it whole hides nothing public.",
        ["not-confidential"] = "The rest of the document is not confidential: only the listed parts can be withheld.",
    };

    public static readonly IReadOnlyDictionary<string, string> Ground = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["confidentiality-agreement"] = "A settlement's, an arbitration's, an NDA's or a contract's confidentiality clause.",
        ["statute"] = "A statute or rule said to make the record confidential (see statute).",
        ["privilege"] = "Attorney-client privilege or work product.",
        ["sealed-elsewhere"] = "Sealed by another court, or by an earlier order in this case.",
    };

    public static readonly IReadOnlyDictionary<string, string> StatuteKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ferpa-idea"] = "FERPA or IDEA: a student's education records.",
        ["tax-returns"] = "Tax returns and return information.",
        ["state-statute"] = "A state statute on juvenile, presentence, mental-health or similar records.",
        ["other-federal"] = "Another federal statute or rule (HIPAA, for example).",
    };

    public static readonly IReadOnlyDictionary<string, string> IdentityForm = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "The person's name (the default).",
        ["initials"] = "Initials only, as Rule 5.2(a)(3) allows for a minor.",
        ["image"] = "A picture or video in which the person can be seen, without a name.",
        ["description"] = "Words that point to the person without naming them.",
    };

    public static readonly IReadOnlyDictionary<string, string> CourtReview = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["innocuous"] = "The court read it and found nothing sensitive in it.",
        ["harmful"] = "The court read it and found disclosure would cause the harm.",
    };

    public static readonly IReadOnlyDictionary<string, string> HarmKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["competitive-harm"] = "Competitors would gain an advantage.",
        ["trade-secret-disclosure"] = "A trade secret would be disclosed.",
        ["privacy"] = "A person's privacy would be invaded.",
        ["safety"] = "Someone's physical safety would be at risk.",
        ["persecution"] = "People would be exposed to persecution or retaliation.",
        ["security-vulnerability"] = "A security weakness would be exposed.",
        ["law-enforcement-interference"] = "An investigation or law-enforcement method would be compromised.",
        ["improper-use"] = "The record would be used for spite, scandal or libel.",
        ["embarrassment"] = "Someone would be embarrassed (never enough on its own).",
        ["incrimination"] = "Someone would be incriminated.",
        ["further-litigation"] = "It would lead to more lawsuits (never enough on its own).",
        ["reputational"] = "A reputation would suffer.",
    };

    public static readonly IReadOnlyDictionary<string, string> Showing = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["specific"] = "Specific facts tied to this information.",
        ["generalized"] = "A vague or general concern.",
        ["conclusory"] = "A bare assertion.",
        ["hypothetical"] = "Speculation or conjecture.",
        ["none"] = "No showing at all.",
    };

    public static readonly IReadOnlyDictionary<string, string> Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["declaration"] = "A sworn declaration supports it.",
        ["argument-only"] = "Only the lawyers' argument supports it.",
        ["none"] = "Nothing supports it.",
    };

    public static readonly IReadOnlyDictionary<string, string> OfferedBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["movant"] = "The party asking to seal makes the showing.",
        ["designating-party"] = "The party that designated it confidential makes the showing.",
    };

    public static readonly IReadOnlyDictionary<string, string> InformationKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["trade-secret"] = "A trade secret: a formula, process or compilation whose value lies in being secret.",
        ["pricing-terms"] = "Prices, royalty rates or payment terms of a contract.",
        ["licensing-terms"] = "The terms of a license (its scope, duration, conditions).",
        ["financial-data"] = "A business's revenue, costs, margins, sales or other financial figures.",
        ["source-code"] = "Software source code.",
        ["technical-information"] = "Technical details of a product or system: designs, specifications, test results.",
        ["customer-information"] = "Who the customers are, or what they buy or pay.",
        ["business-strategy"] = "Plans, forecasts, negotiations or internal business analysis.",
        ["settlement-terms"] = "The amount or terms of a settlement.",
        ["internal-policy"] = "A company's or agency's internal policies and procedures.",
        ["name"] = "A person's name (a minor's name: 'about' minor).",
        ["home-address"] = "A home address.",
        ["phone-number"] = "A telephone number (say below whether an office line or a personal one).",
        ["email-address"] = "An email address (say below whether official or personal).",
        ["ssn"] = "A Social Security number (Rule 5.2(a): only the last four digits may appear).",
        ["taxpayer-id"] = "A taxpayer-identification number (Rule 5.2(a): only the last four digits may appear).",
        ["financial-account"] = "A bank or other financial-account number (Rule 5.2(a): only the last four digits may appear).",
        ["birthdate"] = "A date of birth (Rule 5.2(a): only the year may appear).",
        ["emergency-contact"] = "The name and number of someone to call in an emergency.",
        ["identification-number"] = "A number assigned to a person: an agency's case number, an employee or inmate number, a driver's license.",
        ["minor-identity"] = "What identifies a child other than the name: a photograph, a description, the school.",
        ["victim-identity"] = "What identifies the victim of a crime or abuse.",
        ["occupation"] = "A person's job or former job.",
        ["city-of-origin"] = "The city or town a person comes from.",
        ["country-of-origin"] = "The country a person comes from.",
        ["gender"] = "A person's gender.",
        ["sexual-orientation"] = "A person's sexual orientation.",
        ["education"] = "Schooling and educational records (for a child, records such as an IEP).",
        ["blood-type"] = "A person's blood type.",
        ["identification-document-type"] = "Which kind of identity document a person holds (not its number).",
        ["medical"] = "Health information or medical records.",
        ["mental-health"] = "Mental-health information or records, including psychological evaluations.",
        ["criminal-history"] = "Arrests, charges or convictions.",
        ["immigration-status"] = "A person's immigration status or history.",
        ["personnel-record"] = "An employee's personnel file: evaluations, discipline, pay.",
        ["travel-details"] = "How, when or where a person travelled.",
        ["persecution-category"] = "The ground on which a person fears persecution, in general terms.",
        ["internal-opinions"] = "Officials' or employees' internal opinions, deliberations and assessments.",
        ["operational-data"] = "Day-to-day operational figures (counts, capacities, schedules).",
        ["contingency-plan"] = "A plan for responding to an emergency or a surge.",
        ["law-enforcement-technique"] = "How law enforcement investigates or operates: techniques and methods.",
        ["security-procedure"] = "How a place or system is secured: procedures, access, alarms.",
        ["agent-locations"] = "Where officers or agents are posted.",
        ["investigative-file"] = "The file of a criminal or administrative investigation.",
        ["other"] = "Anything else; describe it in the item's title.",
    };

    public static readonly IReadOnlyDictionary<string, string> Court = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["N.D. Cal."] = "Northern District of California.",
        ["C.D. Cal."] = "Central District of California.",
        ["S.D. Cal."] = "Southern District of California.",
        ["E.D. Cal."] = "Eastern District of California.",
        ["D. Ariz."] = "District of Arizona.",
        ["D. Nev."] = "District of Nevada.",
        ["W.D. Wash."] = "Western District of Washington.",
        ["E.D. Wash."] = "Eastern District of Washington.",
        ["D. Or."] = "District of Oregon.",
        ["D. Haw."] = "District of Hawaii.",
        ["D. Idaho"] = "District of Idaho.",
        ["D. Mont."] = "District of Montana.",
        ["D. Alaska"] = "District of Alaska.",
        ["D. Guam"] = "District of Guam.",
        ["D.N. Mar. I."] = "District of the Northern Mariana Islands.",
    };
}
