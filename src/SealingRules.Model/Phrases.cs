namespace SealingRules.Model;

/// <summary>
/// The noun phrase a judge would write for each value of the contract's vocabulary. Findings use these, never the
/// kebab-case labels: "the medical information", "the risk of reputational harm", "a motion for summary judgment".
/// </summary>
public static partial class Phrases
{
    /// <summary>A kind of information, without its article: "medical information", "phone number".</summary>
    public static string Kind(InformationKind kind) => kind switch
    {
        InformationKind.TradeSecret => "trade secrets",
        InformationKind.PricingTerms => "pricing terms",
        InformationKind.LicensingTerms => "licensing terms",
        InformationKind.FinancialData => "financial data",
        InformationKind.SourceCode => "source code",
        InformationKind.TechnicalInformation => "technical information",
        InformationKind.CustomerInformation => "customer information",
        InformationKind.BusinessStrategy => "business-strategy information",
        InformationKind.SettlementTerms => "settlement terms",
        InformationKind.InternalPolicy => "internal policies",
        InformationKind.Name => "name",
        InformationKind.HomeAddress => "home address",
        InformationKind.PhoneNumber => "phone number",
        InformationKind.EmailAddress => "email address",
        InformationKind.Ssn => "Social Security number",
        InformationKind.TaxpayerId => "taxpayer-identification number",
        InformationKind.FinancialAccount => "financial-account number",
        InformationKind.Birthdate => "birth date",
        InformationKind.EmergencyContact => "emergency contact",
        InformationKind.IdentificationNumber => "identification number",
        InformationKind.MinorIdentity => "minor's identity",
        InformationKind.VictimIdentity => "victim's identity",
        InformationKind.Occupation => "occupation",
        InformationKind.CityOfOrigin => "city of origin",
        InformationKind.CountryOfOrigin => "country of origin",
        InformationKind.Gender => "gender",
        InformationKind.SexualOrientation => "sexual orientation",
        InformationKind.Education => "educational information",
        InformationKind.BloodType => "blood type",
        InformationKind.IdentificationDocumentType => "type of identification document",
        InformationKind.Medical => "medical information",
        InformationKind.MentalHealth => "mental-health information",
        InformationKind.CriminalHistory => "criminal history",
        InformationKind.ImmigrationStatus => "immigration status",
        InformationKind.PersonnelRecord => "personnel record",
        InformationKind.TravelDetails => "travel details",
        InformationKind.PersecutionCategory => "category of persecution",
        InformationKind.InternalOpinions => "internal opinions",
        InformationKind.OperationalData => "operational data",
        InformationKind.ContingencyPlan => "contingency plan",
        InformationKind.LawEnforcementTechnique => "law-enforcement techniques",
        InformationKind.SecurityProcedure => "security procedures",
        InformationKind.AgentLocations => "locations of agents",
        InformationKind.InvestigativeFile => "investigative file",
        _ => "information",
    };

    /// <summary>Whether the kind's noun phrase takes a plural verb ("the pricing terms stay public").</summary>
    public static bool IsPlural(InformationKind kind) => kind is InformationKind.TradeSecret or InformationKind.PricingTerms
        or InformationKind.LicensingTerms or InformationKind.SettlementTerms or InformationKind.InternalPolicy
        or InformationKind.InternalOpinions or InformationKind.LawEnforcementTechnique or InformationKind.SecurityProcedure
        or InformationKind.AgentLocations or InformationKind.TravelDetails;

    /// <summary>A kind of information with its article: "the medical information".</summary>
    public static string The(InformationKind kind) => "the " + Kind(kind);

    /// <summary>A claimed harm as what disclosure would risk: "reputational harm", "interference with law enforcement".</summary>
    public static string Harm(HarmKind kind) => kind switch
    {
        HarmKind.CompetitiveHarm => "competitive harm",
        HarmKind.TradeSecretDisclosure => "the disclosure of trade secrets",
        HarmKind.Privacy => "an invasion of privacy",
        HarmKind.Safety => "harm to personal safety",
        HarmKind.Persecution => "persecution",
        HarmKind.SecurityVulnerability => "exposure of a security vulnerability",
        HarmKind.LawEnforcementInterference => "interference with law enforcement",
        HarmKind.ImproperUse => "improper use of the record (spite, scandal or libel)",
        HarmKind.Embarrassment => "embarrassment",
        HarmKind.Incrimination => "incrimination",
        HarmKind.FurtherLitigation => "further litigation",
        HarmKind.Reputational => "reputational harm",
        _ => "harm",
    };

    /// <summary>"the risk of reputational harm".</summary>
    public static string RiskOf(HarmKind kind) => "the risk of " + Harm(kind);

    /// <summary>How particular a showing is, in words ("The showing is conclusory", "read as speculative").</summary>
    public static string Showing(Showing showing) => showing switch
    {
        Model.Showing.Specific => "specific",
        Model.Showing.Generalized => "generalized",
        Model.Showing.Conclusory => "conclusory",
        Model.Showing.Hypothetical => "speculative",
        _ => "empty of any reason",
    };

    /// <summary>The filing the material is attached to, with its article: "a motion for summary judgment".</summary>
    public static string Filing(UnderlyingFiling filing) => filing switch
    {
        UnderlyingFiling.Complaint => "a complaint",
        UnderlyingFiling.MotionToDismiss => "a motion to dismiss",
        UnderlyingFiling.SummaryJudgment => "a motion for summary judgment",
        UnderlyingFiling.PreliminaryInjunction => "a motion for a preliminary injunction",
        UnderlyingFiling.ClassCertification => "a motion for class certification",
        UnderlyingFiling.Trial => "the trial record",
        UnderlyingFiling.MotionInLimine => "a motion in limine",
        UnderlyingFiling.Daubert => "a Daubert motion",
        UnderlyingFiling.Discovery => "a discovery motion",
        UnderlyingFiling.Sanctions => "a motion for sanctions",
        UnderlyingFiling.SettlementApproval => "a motion to approve a settlement",
        UnderlyingFiling.AttorneyFees => "a motion for attorney's fees",
        UnderlyingFiling.UnfiledDiscovery => "discovery that was never filed",
        _ => "the underlying filing",
    };

    /// <summary>Who moves, as the subject of a sentence: "the plaintiff", "the parties".</summary>
    /// <summary>
    /// "Motion ECF 290", or the id alone when it already names the motion ("Motion to seal exhibits 3-5"), so no
    /// sentence says "Motion Motion to seal". Lower case after a word: "motion ECF 290", "the motion to seal …".
    /// </summary>
    public static string MotionNamed(string id, bool capital = true)
    {
        id = PaperTitle(id);
        if (id.StartsWith("motion", StringComparison.OrdinalIgnoreCase))
            return (capital ? char.ToUpperInvariant(id[0]) : char.ToLowerInvariant(id[0])) + id[1..];
        // A title that names its paper ("Administrative Motion to File Under Seal", "Request to Seal Documents").
        if (NamesAPaper(id)) return capital ? Capitalized(id) : id;
        return (capital ? "Motion " : "motion ") + id;
    }

    /// <summary>
    /// Whether a motion's id is itself the sealing paper's title: it says motion, request, application or the like, and
    /// sealing or redaction ("ECF No. 38 (PI motion)" names the motion the papers support, not the motion to seal).
    /// </summary>
    public static bool NamesAPaper(string id)
        => System.Text.RegularExpressions.Regex.IsMatch(id, @"\b(motion|request|application|petition|stipulation|notice)\b",
               System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)
           && System.Text.RegularExpressions.Regex.IsMatch(id, @"seal|redact",
               System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A paper's title as an order writes it: an id made of joined words ("stipulated-motion-to-seal") in words.</summary>
    public static string PaperTitle(string id) => !id.Contains(' ', StringComparison.Ordinal) && id.Contains('-', StringComparison.Ordinal) && NamesAPaper(id) ? id.Replace('-', ' ') : id;

    /// <summary>
    /// The side the United States takes, as the caption names it: "United States v. Smith" (plaintiff), "Doe v. United
    /// States" (defendant). A relator's case ("United States ex rel. …") is the relator's to bring: no side.
    /// </summary>
    public static Movant? GovernmentSide(string? caseName)
        => string.IsNullOrWhiteSpace(caseName) || caseName.Contains("ex rel", StringComparison.OrdinalIgnoreCase) ? null
            : UnitedStatesFirst().IsMatch(caseName) ? Model.Movant.Plaintiff
            : UnitedStatesLast().IsMatch(caseName) ? Model.Movant.Defendant
            : null;

    // Compiled once; culture-invariant, so "UNITED STATES v. …" reads the same under every culture (a Turkish "I" too).
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(the\s+)?(United\s+States(\s+of\s+America)?|USA|U\.S\.A?\.?)\s+vs?\.?\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UnitedStatesFirst();

    [System.Text.RegularExpressions.GeneratedRegex(@"\svs?\.?\s+(the\s+)?(United\s+States(\s+of\s+America)?|USA|U\.S\.A?\.?)[\s,.]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UnitedStatesLast();

    /// <summary>Who moves, as a court names it: "the government" where the United States moves, else as <see cref="Movant(Model.Movant)"/>.</summary>
    public static string Movant(Motion motion) => motion.ForTheGovernment ? "the government" : Movant(motion.Movant);

    /// <summary>The other side of the case from a plaintiff or a defendant, as a court names it ("the government" where the caption makes it so); null for anyone else.</summary>
    public static string? OtherSide(Movant movant, string? caseName)
    {
        Movant? other = movant switch { Model.Movant.Plaintiff => Model.Movant.Defendant, Model.Movant.Defendant => Model.Movant.Plaintiff, _ => null };
        return other is not { } side ? null : GovernmentSide(caseName) == side ? "the government" : Movant(side);
    }

    public static string Movant(Movant movant) => movant switch
    {
        Model.Movant.Plaintiff => "the plaintiff",
        Model.Movant.Defendant => "the defendant",
        Model.Movant.Joint => "the parties",
        Model.Movant.NonParty => "the non-party",
        _ => "the intervenor",
    };

    /// <summary>A record traditionally kept secret: "a grand jury transcript".</summary>
    public static string SecretRecord(TraditionallySecret kind) => kind switch
    {
        TraditionallySecret.GrandJuryTranscript => "a grand jury transcript",
        TraditionallySecret.PreIndictmentWarrantMaterials => "warrant materials in a pre-indictment investigation",
        _ => "an ordinary record",
    };

    /// <summary>
    /// Clauses joined as a sentence lists them: with commas, or, where a clause has a comma of its own, with semicolons
    /// ("a, not b; and c"), so that the reader can tell where one ends.
    /// </summary>
    public static string Clauses(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count > 1 && list.Any(p => p.Contains(',', StringComparison.Ordinal))
            ? string.Join("; ", list.Take(list.Count - 1)) + "; and " + list[^1]
            : List(list);
    }

    /// <summary>A list as a sentence writes it: "a, b and c".</summary>
    public static string List(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "each", "every", "any", "some",
        // Counts and quantities open a title as a determiner does ("from two exhibits to plaintiffs' opposition").
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several", "many", "various", "certain", "other",
    };

    private static readonly HashSet<string> Interrogatives = new(StringComparer.Ordinal)
    {
        "how", "what", "which", "where", "when", "who", "whom", "whose", "whether", "why",
    };

    // Parts of a paper a filer names by their number.
    private static readonly HashSet<string> NumberedParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "sections", "paragraph", "paragraphs", "para.", "paras.", "page", "pages", "line", "lines", "article", "clause", "clauses",
        "row", "rows", "column", "columns", "part", "parts", "footnote", "footnotes", "§", "§§", "¶", "¶¶",
    };

    /// <summary>
    /// A filer's own name for a part ("price table", "The customer list", "Schedule B", "Acme's margins") as it reads
    /// after a verb: "the price table", "the customer list", "Schedule B", "Acme's margins".
    /// </summary>
    public static string Portion(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label.Trim().TrimEnd('.', ';', ',');
        if (text.Length == 0) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0];
        if (Determiners.Contains(first.ToLowerInvariant())) return char.ToLowerInvariant(text[0]) + text[1..];
        // A clause names a part without an article: "how much Bitcasa pays for servers", never "the how much …".
        if (Interrogatives.Contains(first.ToLowerInvariant())) return char.ToLowerInvariant(text[0]) + text[1..];
        if (Possessive(first)) return text;
        // A part named by its number ("section 1 of the License Agreement", "pages 2-5") takes no article either.
        if (words.Length > 1 && NumberedParts.Contains(first) && (char.IsDigit(words[1][0]) || words[1].All(c => "IVXLivxl".Contains(c)))) return text;
        // A name of its own ("Schedule B", "Exhibit 3 pricing", "ECF 12-4"): capitals or numbers beyond the first letter.
        var proper = char.IsUpper(text[0]) && (text.Skip(1).Any(char.IsDigit) || words.Skip(1).Any(w => char.IsUpper(w[0])) || (first.Length > 1 && char.IsUpper(first[1])));
        return proper ? text : "the " + char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// A filer's title for a document as it reads inside a sentence: an opening determiner lower-cased ("from the
    /// government's trial memorandum"), anything else as written. A sentence that opens with it capitalises it again.
    /// </summary>
    public static string MidSentence(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Determiners.Contains(title[..space].ToLowerInvariant()) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
    }

    /// <summary>
    /// A document's title short enough to say in every sentence that names it: its exhibit number where it opens with
    /// one ("Exhibit 12"), the title itself where short, else its first clause, else "the document".
    /// </summary>
    public static string ShortTitle(string title) => NameShort(title) ?? "the document";

    /// <summary>The short name where one names the document, else its whole title, read inside a sentence.</summary>
    public static string ShortOrWhole(string title) => NameShort(title) ?? Named(title);

    /// <summary>
    /// The same, or null where no short name names the document (a long title with no short first clause): the caller
    /// then names it as it can (by its id, or its whole title).
    /// </summary>
    public static string? NameShort(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        const int Short = 60;
        var exhibit = System.Text.RegularExpressions.Regex.Match(title, @"^(Exhibits?|Exs?\.|Exh\.)\s*[A-Z0-9][\w.-]*(\s*(-|–|to|and|through)\s*[A-Z0-9][\w.-]*)?(?=\s*[:(,]|\s*$)",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        // "Exhibit 12: supply agreement" is named by its number, as counsel would say it.
        if (exhibit.Success && (title.Length > Short || title[exhibit.Length..].TrimStart().StartsWith(':'))) return exhibit.Value;
        if (title.Length <= Short) return Definite(MidSentence(title));
        // A comma before a year belongs to a date ("March 4, 2023"), not the end of a clause.
        var clause = ClauseEnd().Match(title) is { Success: true } end ? end.Index : -1;
        return clause > 0 && clause <= Short ? Definite(MidSentence(title[..clause].TrimEnd())) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[:(]|,(?!\s*(1[89]|20)\d\d\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClauseEnd();

    /// <summary>A document's title as it reads mid-sentence, with its article where a common name needs one ("the supply agreement").</summary>
    public static string Named(string title) => Definite(MidSentence(title));

    // "Acme's", "Acme\u2019s", "the parties'": a word that makes what follows someone's.
    private static bool Possessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("^[IVXL]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RomanNumeral();

    // Parties named by their role in the case, before "'s" or "s'".
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "Government", "Plaintiff", "Defendant", "Court", "Movant", "Petitioner", "Respondent", "Debtor", "Trustee", "Receiver",
        "Relator", "Intervenor", "Appellant", "Appellee", "Claimant", "Counterclaimant", "Agency", "Company",
    };

    // Papers a court names without an article: exhibits, docket entries, schedules and the like.
    private static readonly string[] Numbered = ["Exhibit", "Exhibits", "Ex.", "Exs.", "Exh.", "ECF", "Doc.", "Docs.", "Dkt.", "Docket", "Tab", "Appendix", "Schedule", "Attachment", "Annex", "No.", "Nos."];

    // Kinds of paper a witness's or an author's name is put before ("the Stark declaration").
    private static readonly HashSet<string> PaperKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "declaration", "declarations", "decl.", "affidavit", "deposition", "testimony", "report", "letter", "email", "emails", "memorandum", "memo", "transcript",
    };

    // Words that open a description of a paper rather than name its author ("Supplemental declaration", "Expert report").
    private static readonly HashSet<string> Describers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Supplemental", "Amended", "Redacted", "Unredacted", "Expert", "Rebuttal", "Reply", "Opening", "Second", "Third", "First", "Initial", "Final",
        "Proposed", "Internal", "Joint", "Sealed", "Sworn", "Medical", "Police", "Incident", "Investigative", "Annual", "Audit", "Psychological", "Forensic",
        "Demand", "Engagement", "Cover", "Opinion", "Status", "Settlement", "Deposition", "Court", "Written", "Signed", "Attorney", "Counsel",
    };

    // A title that names a paper by its own capitalised name ("Laredo Field Office Contingency Plan") reads after "the"
    // mid-sentence; one that opens with a determiner, a possessive or a number-like name ("Exhibit 3") does not.
    private static string Definite(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Trial Exhibit 80", "Sealed Document 44-1": a paper named by its number takes no article either.
        if (words.Length == 0 || !char.IsUpper(words[0][0]) || words.Take(2).Any(w => Numbered.Contains(w, StringComparer.Ordinal)) || char.IsDigit(words[0][^1])
            || (words.Length <= 4 && char.IsDigit(words[^1][0]))) return title;
        // A party named by its role is a common noun ("Government's sentencing memorandum", "Plaintiff's exhibits"): it
        // takes the article and the lower case a court gives it; a name's possessive ("Acme's board minutes") does not,
        // nor a paper's own title in capitals ("Plaintiff's Response to Defendant's Motion to Dismiss").
        if (words.Length > 1 && Possessive(words[0]) && Roles.Contains(words[0].TrimEnd('s', '\'', '\u2019')) && !char.IsUpper(words[1][0]))
            return "the " + char.ToLowerInvariant(title[0]) + title[1..];
        if (words.Take(3).Any(Possessive)) return title;
        // A title of a statute is a name ("Title IX investigation report", "Title VII charge"): it keeps its capital.
        if (words.Length > 2 && words[0] == "Title" && RomanNumeral().IsMatch(words[1])) return "the " + title;
        // A name capitalises its words from the second on ("Laredo Field Office Contingency Plan"); a description that
        // only opens with a capital ("Internal pricing memorandum dated March 4") is a common noun, and so is one whose
        // second word is an acronym ("Internal CBP email"), capitalised whatever the phrase around it is.
        var proper = words.Length > 1 && char.IsUpper(words[1][0]) && !words[1].All(c => !char.IsLetter(c) || char.IsUpper(c))
            // "Stark declaration", "Barnes deposition": a surname before the kind of paper keeps its capital.
            || (words.Length > 1 && PaperKinds.Contains(words[1].TrimEnd(',', ';')) && !Describers.Contains(words[0]));
        return proper ? "the " + title : "the " + char.ToLowerInvariant(title[0]) + title[1..];
    }

    // Words that open a clause continuing a sentence after a colon; a name ("Rule 5.2", "Kamakana") keeps its capital.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "If", "Say", "State", "Replace", "Name", "Give", "Add", "Explain", "Describe", "Show", "Identify", "Tie", "Do",
        "Ask", "File", "Support", "Propose", "The", "A", "An", "Since", "Where", "With", "Without", "Although", "It", "Only",
        "No", "Nothing", "Every", "Each", "Because", "Once", "Courts",
    };

    /// <summary>A clause that follows a colon in running text: "What it still needs: say how…", not "Say how…".</summary>
    public static string AfterColon(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var space = clause.IndexOf(' ', StringComparison.Ordinal);
        // The first word may carry its own comma ("Show, document by document, ...").
        return space > 0 && ClauseOpeners.Contains(clause[..space].TrimEnd(',', ';', ':')) ? char.ToLowerInvariant(clause[0]) + clause[1..] : clause;
    }

    /// <summary>"a" or "an" before a noun, by its first letter ("an Information", "a Filing"; the project's nouns have no silent h).</summary>
    public static string Article(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return noun.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>The first letter upper-cased, for a phrase that opens a sentence.</summary>
    /// <summary>
    /// Words quoted in an order: within curly double marks, a quotation inside them in single marks
    /// ("contain "highly confidential information"" → “contain ‘highly confidential information’”).
    /// </summary>
    public static string Quoted(string words)
    {
        var sb = new System.Text.StringBuilder(words.Length + 2).Append('\u201C');
        var opening = true;
        foreach (var c in words)
        {
            if (c is not ('"' or '\u201C' or '\u201D')) { sb.Append(c); continue; }
            sb.Append(opening ? '\u2018' : '\u2019');
            opening = !opening;
        }
        return sb.Append('\u201D').ToString();
    }

    public static string Capitalized(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
