using System.Text.RegularExpressions;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// The words that carry each feature of a statement. Patterns match lower-cased text with straight quotes. Which
/// feature a pattern finds is all it decides: what the features mean is the particularity rules' business.
/// </summary>
internal static partial class Lexicon
{
    // Source-generated: nothing to build at start-up, and matching time bounded (no pattern nests quantifiers).
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int Timeout = 2_000;

    /// <summary>Each feature's patterns; <c>SelfNegating</c> patterns carry their own "not" (not publicly available).</summary>
    public static readonly IReadOnlyList<(Feature Feature, Regex Pattern, bool SelfNegating)> Patterns =
    [
        (Feature.Designation, P0(), false),
        (Feature.Agreement, P1(), false),
        (Feature.ConfidentialLabel, P2(), false),
        (Feature.HarmNamed, P3(), false),
        (Feature.Audience, P4(), false),
        (Feature.VagueActors, P5(), false),
        (Feature.Mechanism, P6(), false),
        (Feature.ConcreteContent, P7(), false),
        (Feature.SecrecyMeasures, P8(), true),
        (Feature.Speculation, P9(), false),
        (Feature.Threat, P10(), false),
        (Feature.PersonalSubject, P11(), false),
        (Feature.WholeRecord, P12(), false),
        (Feature.DescribesContent, P13(), false),
        (Feature.AssertsConclusion, P14(), false),
        (Feature.Embarrassment, P15(), false),
        (Feature.Alternative, P22(), false),
        (Feature.MinorNamed, P24(), false),
        (Feature.NonPartyNamed, P25(), false),
        (Feature.InformantNamed, P26(), false),
        (Feature.ConcedesPublic, P27(), false),
        (Feature.DisclaimsHarm, P28(), false),
        (Feature.MediumNamed, P33(), false),
        (Feature.HealthNamed, P34(), false),
        (Feature.CredentialsNamed, P35(), false),
        (Feature.OnlyPossible, P36(), false),
        (Feature.PrivilegeClaimed, P37(), false),
        (Feature.PrivilegeFacts, P38(), false),
        (Feature.LegalAdvice, P39(), false),
        (Feature.FurtherLitigation, P47(), false),
        (Feature.DangerActed, P49(), false),
        (Feature.WithinReach, P50(), false),
    ];

    /// <summary>
    /// Words that place something within a document: pages, slides, lines, rows, columns by number, or a table,
    /// schedule or appendix by number or letter. Paragraph and section numbers are left out: they cite declarations
    /// and statutes far more often than they locate a part of the document to be sealed.
    /// </summary>
    public static readonly Regex Locator = P31();

    /// <summary>
    /// Words that tie a danger to who a person is ("if my name appears on the petition", "would reveal his identity",
    /// "could identify her", "to remain anonymous"): the harm comes from the person's being identified, not from what
    /// the rest of the record says.
    /// </summary>
    public static readonly Regex IdentityIsTheDanger = P48();

    /// <summary>A citation to the record or a declaration just before a locator ("Decl. at page 4", "ECF No. 12, page 3").</summary>
    public static readonly Regex CitationBefore = P32();

    /// <summary>Words before a danger that make it one feared rather than one shown ("to protect them from", "a fear of", "to protect his safety", "afraid for her safety").</summary>
    public static readonly Regex FearedBefore = P40();

    /// <summary>
    /// Words before an act of violence that make it what the record is about ("the report describes the assault", "video
    /// of the attack"), a past event the information records, not a danger disclosure would bring.
    /// </summary>
    public static readonly Regex RecordsTheEvent = P41();

    /// <summary>The acts of violence a record can be about (a threat, a stalking or a harassment recorded still speaks of danger).</summary>
    public static readonly Regex EventOfViolence = P42();

    /// <summary>
    /// A negation that tells how the material has been kept ("has never shared these margins", "not disclosed outside
    /// the company"): what follows is what was kept secret, not denied.
    /// </summary>
    public static readonly Regex KeptSecret = P43();

    /// <summary>
    /// A category of content said to be confidential and nothing more ("Our pricing is confidential", "The royalty rates EA
    /// pays are confidential", "keeps its licensing terms secret"): the subject of a label, not a thing the document is
    /// shown to hold. Read after the content word.
    /// </summary>
    public static readonly Regex LabelledAfter = P44();

    /// <summary>
    /// Only a possessive or an article before the content word ("our", "Acme's", a sentence's "The"), or a verb of keeping
    /// ("keeps its"): no qualifier that would make it concrete.
    /// </summary>
    public static readonly Regex OnlyAPossessive = P45();

    /// <summary>
    /// Words before "children" that make them the people a disclosure would take the declarant from or leave unprovided
    /// for ("separated from my two children"), not the people the information concerns.
    /// </summary>
    public static readonly Regex KinHarmedBefore = P46();

    /// <summary>Words that negate what follows them in a clause ("not merely confidential").</summary>
    public static readonly Regex Negation = P16();

    /// <summary>A sentence that reports another's position ("Plaintiffs argue that ..."), read as the other side's only if answered.</summary>
    public static readonly Regex Attribution = P17();

    /// <summary>The start of an answer to the position just reported.</summary>
    public static readonly Regex Rebuttal = P18();

    /// <summary>Where a sentence turns to answer the position it reports ("..., but ...").</summary>
    public static readonly Regex TurnWithin = P19();

    /// <summary>Words before an audience noun that make it part of what the information is ("data about competitors", "attorney-client").</summary>
    public static readonly Regex DescribesBefore = P20();

    /// <summary>Words after an audience noun that make it part of what the information is ("customer names", "inmates' personal identifying information").</summary>
    public static readonly Regex DescribesAfter = P21();

    /// <summary>Words before an actor noun that make it the material's source ("designated confidential by third parties").</summary>
    public static readonly Regex SourceBefore = P23();

    /// <summary>Common English words: a statement with too few of them is not read.</summary>
    public static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "of", "to", "and", "that", "is", "would", "be", "this", "it", "for", "as", "on", "with", "its",
        "by", "are", "or", "not", "will", "could", "information", "disclosure", "if", "their", "from", "which", "an", "has",
        "have", "was", "were", "these", "those", "our", "we", "they", "because", "document", "documents", "harm", "public",
        "be", "his", "her", "he", "she", "them", "such", "other", "any", "all", "may", "should", "must", "including", "about",
        "had", "been", "filed", "seal", "sealed", "court", "plaintiff", "defendant", "plaintiffs", "defendants", "exhibit",
        "exhibits", "records", "contains", "contain", "which", "who", "under", "at", "into", "than", "only", "also", "can",
        // A short legal sentence may have few of the words above ("The government's opposition discusses sensitive law
        // enforcement techniques"): the words of the trade count too.
        // Not "a" or "in", which Spanish and German share and would make their sentences look like English keywords.
        "government", "law", "enforcement", "sensitive", "confidential", "discusses", "describes", "reflects",
        "personal", "private", "business", "party", "parties", "motion", "order", "declaration", "case", "there", "but",
        "what", "when", "where", "how", "each",
        // A declarant speaks of herself ("My complaint concerns my former employer"). Not "i" (Catalan's "and") or "me"
        // (Spanish and Italian's).
        "my", "am", "us", "myself",
    };

    /// <summary>
    /// Words that join others into a sentence: articles, prepositions, pronouns, auxiliaries, conjunctions, and the verbs
    /// a statement uses to say what a document holds. A sentence without any of them is a string of keywords.
    /// </summary>
    public static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "under", "over", "between",
        "through", "without", "upon", "after", "before", "and", "or", "but", "nor", "so", "because", "if", "than", "that", "which",
        "who", "whom", "whose", "what", "how", "when", "where", "whether", "while", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "do", "does", "did", "would", "will", "could", "can", "may", "might", "should", "must",
        "shall", "it", "its", "this", "these", "those", "they", "them", "their", "we", "our", "us", "he", "she", "his", "her",
        "him", "i", "my", "me", "you", "your", "not", "no", "any", "all", "each", "such", "there", "also", "only", "likewise",
        "contains", "contain", "includes", "include", "reflects", "reflect", "shows", "show", "reveals", "reveal", "describes",
        "describe", "discloses", "disclose", "lists", "sets", "states", "concerns", "relates", "identifies",
    };

    [GeneratedRegex(@"\bconfidentiality (legends?|stamps?|markings?)\b|\bdesignat(ed|es|ion|ing)\b[^.;]{0,40}\b(confidential|highly|attorneys|aeo|protective)|(?<!violat\w{0,6} (a|the|his|her|their) )\bprotective (order|agreement)\b|\battorneys'? eyes only\b|\baeo\b|\b(marked|stamped|produced|labell?ed) (it |them |this |these )?(as )?""?(highly )?confidential\b", Options, Timeout)]
    private static partial Regex P0();

    [GeneratedRegex(@"\bconfidentiality (agreement|provision|clause|obligation|term|covenant)s?\b|\bnon-?disclosure agreement|\bndas?\b|\bagreed (to keep|to maintain|to treat|that)\b[^.;]{0,80}\b(confidential|private|secret)|\b(contractual(ly)?|legally) (obligat|bound|required)\w*[^.;]{0,60}\b(confidential|secret)|\b(obligated|required|bound) to keep\b[^.;]{0,40}\bconfidential|\b(agreements?|contracts?|clauses?|provisions?)\b[^.;]{0,40}\b(requir(e|es|ing)|provides? that|obligat\w+|bind(s|ing)?|prohibit(s|ing)?)\b[^.;]{0,60}\b(confidential\w*|secret)", Options, Timeout)]
    private static partial Regex P1();

    [GeneratedRegex(@"\b(highly |strictly |commercially |competitively |business[- ])?(confidential|proprietary|sensitive|private(?! (individual|person|part|citizen|entit))|trade secrets?)\b", Options, Timeout)]
    private static partial Regex P2();

    [GeneratedRegex(@"\b(endanger(s|ed|ing|ment)?(?! species)|imperil(s|ed|led|ing|ling)?|harm(ed|s|ful)?|injur(e|es|ed|y|ious)|damag(e|ed|ing)|prejudic(e|ed|ial)|disadvantage(d|s|ous)?|detriment(al)?|irreparabl[ey]|adversely (affect|impact)\w*|hurt|competitive (standing|position|injury))\b", Options, Timeout)]
    private static partial Regex P3();

    [GeneratedRegex(@"\bforeign (governments?|adversar(y|ies)|militar(y|ies)|intelligence services?|powers?)\b|\b(competing (firms?|companies|businesses|landlords?|brokers?|brokerages?|carriers?|retailers?|manufacturers?|publishers?|studios?|networks?|hospitals?|providers?|banks?|lenders?|insurers?|developers?|platforms?|sellers?|dealers?|agencies|distributors?|suppliers?|vendors?|bidders?|employers?|recruiters?)|competitors?|rivals?|counterpart(y|ies)|suppliers?|vendors?|licensees?|licensors?|bidders?|distributors?|customers?|(?<!\b(my|our) )clients?(?!['’]s\b)|business partners?|market participants?|acquirers?|negotiating partners?|inmates?|prisoners?|detainees?|smugglers?|traffickers?|hackers?|(money )?launderers?|fraudsters?|scammers?|attackers?|infringers?|would-be \w+|opposing part(y|ies) in other)\b", Options, Timeout)]
    private static partial Regex P4();

    [GeneratedRegex(@"\b(bad|hostile|malicious|nefarious|ill-intentioned|criminal) (actors?|elements?|people|persons)\b|\b(others|someone|anyone|third parties|the public at large|wrongdoers|criminals)\b", Options, Timeout)]
    private static partial Regex P5();

    [GeneratedRegex(@"\b(if|once|when) ([a-z']+ ){1,4}(learned|learn|learns|discovered|discover|discovers|found out|find out|finds out) (that )?(she|he|they|i|we|the [a-z]+) (had|has|have|was|were|is|are)\b|\bwould learn who (made|filed|reported|complained|called|gave|wrote)\b|\b(pressed|approached|demanded|asked|pestered)( [a-z']+){1,6} for (access to )?(the )?(funds|money|settlement proceeds|proceeds)\b|\b(hand|hands|handing|give|gives|giving) ([a-z'-]+ ){0,4}(leverage|the upper hand) (in|over)\b|\b(use|uses|used|using|treat|treats|take|takes|taking) (it|them|that|this|the [a-z' ]{1,30}) as (a|the|their|its) (floor|benchmark|baseline|starting point|anchor|minimum)\b|\bafter (the|a|its|their|each) ([a-z']+ ){0,2}(locations?|address(es)?|identit(y|ies)|names?) (was|were|became|had been) (published|known|public|disclosed|released|posted)\b|\b(insist on|hold out for) the same (fee|rate|price|terms?|discount|concessions?|royalty|rebate)s?\b|\b(keep|keeps|keeping|stay|stays|staying|remain|remains)( their| its| the)?( [a-z]+)? (below|under|beneath) (the|those|its|their) (limits?|thresholds?|cutoffs?|triggers?)\b|\b(recruit|poach|hire away|lure away|lure) (the|its|our|their) ([a-z']+ ){0,2}(engineers|employees|staff|workers|talent|salespeople|sales staff|drivers|nurses|scientists)\b|\b(target|approach|solicit|poach|pursue)(s|ed|ing)? (those|these|the|its|our|their) (customers|clients|accounts|advertisers|dealers|suppliers)\b|\b(bet|trade|position) against (its|our|their|the company's) (positions?|trades?|hedges?)\b|\bfront-?run(s|ning)?\b|\b(tailor|time|structure|size)(s|d|ed|ing)? (their |its |the )?(applications?|submissions?|bids?|claims?|orders?|trades?|transactions?) to\b|\b(just|right|barely) (over|under|above|below) (the|those|its|their|our) (cutoffs?|thresholds?|limits?|minimums?|triggers?)\b|\b(would|will|could|might) (then )?(drop|discard|abandon|switch|replace|stop using) (those|their|the|these|his|her) (phones?|devices?|numbers?|accounts?|lines?|cars?|vehicles?|routes?|stash houses?)\b|\b(would|will|could) (then )?(flee|destroy (the )?(evidence|records|documents)|move (the )?(money|funds|assets|drugs)|go (to ground|underground)|cover (their|his|her) tracks)\b|\b(stay|stays|staying|keep|keeps|keeping|remain|remains|remaining) (just )?(under|below|beneath) (the|its|our|their|those|these) (thresholds?|limits?|cutoffs?)\b|\bevad(e|es|ing) (detection|review|moderation|enforcement)\b|\b(put|puts|putting|place|places|placing)\b[^.;]{0,40}\b(within (the )?reach of|in the hands of)\b|\b(make|makes|making|extend|extends|extending) (targeted|competing|higher|better|counter)[- ]?offers?\b|\b(who|that) (read|reads|see|sees|learn of|learns of|come across|comes across) (it|them|this|the [a-z]+)\b[^.;]{0,30}\b(would|will|could)( [a-z]+)? (attack|kill|assault|stab|beat|retaliate against|target|hunt)\b|\b(would|will|could) (consider|label|brand|view|see|regard|treat|mark) (him|her|them) (as )?(an? )?(snitch|rat|informant|cooperator)s?\b|\blure (them|him|her|([a-z]+ )?(employees|representatives|reps|engineers|staff|salespeople)) away\b|\bwithout (the )?([a-z0-9-]+ )?(years|months|decades) (of|it took)\b|\b(approach|solicit|poach|target|contact)(es|ed|ing|s)? (each|every|all (of )?(our|its|their|the)|our|its|their) ([a-z-]+ )?(tenants?|customers?|clients?|accounts?|patients?|subscribers?|members?|employees?|distributors?|dealers?)\b[^.;]{0,40}\b(before|when|as soon as|ahead of|just as) (its|their|his|her|the|each)\b|\b(skip|bypass|save|avoid)(ping|s|ed)? (the )?(years|months|cost|expense|time) (of|in|spent on) ([a-z]+ )?(development|research|testing|trials|work|engineering)\b|\b(a|an|the) (head start|shortcut) (in|on|to|into)\b|\b(allow|allows|allowing|permit|permits|enable|enables|enabling|let|lets|help|helps|equip|equips)\b[^.;]{0,50}\b(to )?(undercut|underbid|undersell|outbid|negotiate|leverage|copy|replicate|reverse[- ]engineer|design around|target|identify|locate|find|track|retaliate|harass|evade|circumvent|exploit|defeat|poach|solicit|compete unfairly|obtain|learn|determine|deduce|infer|calculate|reconstruct|reproduce|duplicate|imitate|clone|decrypt|steal|access|attack|plan|avoid|anticipate|bypass|disable|predict|pre-?empt|game|manipulate|rig|spoof|inflate)\b|\b(use|used|using|exploit|leverage)\b[^.;]{0,60}\b(against (it|him|her|them|us|\w+) (in|during|when|at) (negotiat\w+|bargaining|bidding|contract\w*|pricing|litigation|settlement)|to (undercut|underbid|negotiate|gain|extract|demand|target|locate|identify|retaliate|copy|replicate|reproduce|duplicate|recreate|reverse[- ]engineer|evade|price|compete|win|lure|poach|solicit|anticipate|pre-?empt|set|value|calibrate|gauge|benchmark|probe|cap|anchor|structure|design|model|tailor|approach|court|woo|raid|route|funnel|launder|hide|conceal|smuggle|game|manipulate|spoof|rig))\b|\b(undercut|underbid|undersell|reverse[- ]engineer|design around|decrypt|poach|free[- ]ride|bargaining (position|leverage|power)|negotiating (position|leverage|strategy)|in (the |future |ongoing |their |its |our )?negotiations|(they|competitors|rivals|suppliers|vendors|customers|buyers|bidders|counterparties|licensees) (would|will|could) (then )?(know|learn|see) (exactly )?(the|our|its|their|what|how|which|where|when)\b|(an?|any|every|one) (competitor|rival|licensee|licensor|customer|bidder|supplier|vendor|buyer)( [a-z']+){0,3} (would|will|could) (then )?(know|learn|see) (exactly )?(the|our|its|their|what|how|which|where|when)\b|(would|could|can) (then )?(monitor|intercept|eavesdrop on|listen in on|jam)\b|(would|will|could) (then )?time (an?|their|the|his|her) [a-z-]+( [a-z-]+)?( or an? [a-z-]+( [a-z-]+)?)? (between|around|during|to (them|it|those|these|the (gaps?|counts?|shift changes?)))\b|blow (their|his|her) cover|repeat (those|these|the|its|their) (steps|attacks?|methods?|techniques?|intrusions?)|(would|will) (end|blow|derail|unravel) (those|these|their|his|her|its) ([a-z]+ )?(investigations?|operations?|cover)|refuse to (bid|sell|price|offer|accept|lower|deal)|(bid|price|sell|offer) ((just|slightly|right) )?(below|beneath|under) (it|that|them|this|us|ours)|(would|will|could) (then )?(bid|price|sell|offer) ((just|slightly|right) )?(below|beneath|lower)\b|demand (the same|similar|better|lower)|renegotiat\w+|locate (him|her|them)|identify (him|her|them|the (informant|witness|victim|officer|agent|employee)s?)|evade (detection|surveillance|the)|(pass|go|remain|slip through) undetected|tailor (their|its|his|her) [a-z]+ to (pass|evade|avoid|beat|game|get past)|(pass|get past|beat|game|slip past) the (screening|filters?|review|checks?)\b|(watch|look|listen|scan) for\b[^.;]{0,20}\bto (detect|spot|avoid|evade)|(have|has) not been (told|notified|informed|made aware) (that )?(they|he|she) (are|is) (under|the subjects? of|targets? of) (investigation|scrutiny)|(would|will|could) (tip off|alert|warn) (the )?(subjects?|targets?|suspects?)|avoid detection|gain (unauthorized )?access|(after|once|when) (his|her|their) (cooperation|role as an? (informant|cooperator|cooperating witness|source)) (became|was|were) (known|public|revealed|disclosed)|blind spots?|roadmap|blueprint|retaliat\w+ against|poach\w*|(studied|used) for tactical|(would|could|will) know (exactly |precisely )?(which|when|where|how)|(would|will) (tell|show|give|hand|teach) (him|her|them|fraudsters|competitors|rivals|inmates|anyone|a rival|the \w+) (exactly |precisely )?(how|where|when|which|what)|how to (structure|stay|avoid|evade|defeat|beat|game|time|get around)|(would|will) demand the|(would|will) (tell|show) (him|her|them) (where|that)|the \w+ would tell (him|her|them)\b|win (them|it|those \w+) away|escape (detection|the)|reveal(s|ing)? the (identit\w+|locations?|names?|whereabouts)|with (these|this|that|those|the|it|them)\b[^.;]{0,30}\b(could|would|will|can) (then )?(replicate|copy|reproduce|duplicate|clone|imitate|recreate|re-create|reverse[- ]engineer|undercut|underbid|outbid)|\bif (competitors|rivals|they|customers|licensees|licensors|suppliers|vendors|bidders|buyers|counterparties|(other|its|our|their|the|a|any) ([a-z'-]+ ){0,2}[a-z'-]+|[a-z'-]+( [a-z'-]+){0,5}) (learned|knew|saw|obtained|had|got|read|were to (learn|know|see|obtain|read))\b[^.;]{0,80}\b(would|will|could) (then )?(insist|demand|press|push|refuse|undercut|underbid|copy|target|adjust|exploit|use|price|bid|hold out|raise(?! (no|an?|any) (objections?|issues?|concerns?|questions?))|increase)\b|\b(use|used|uses|using|treat|treated|take|took|insist on|cite|point to)\b[^.;]{0,40}\bas an? (ceiling|floor|benchmark|baseline|starting point|reference point)\b|\b(husband|wife|spouse|partner|family|parents|children|employer|co-?workers|colleagues|neighbou?rs|landlord|church|congregation|friends)\b[^.;]{0,30}\b(do|does|did)(n't| not) know\b|\b(has|have|had)(n't| not) (yet )?(come out|told|disclosed|revealed)\b[^.;]{0,24}\bto (his|her|their) (husband|wife|spouse|partner|family|parents|children|employer|co-?workers|colleagues|neighbou?rs|landlord|church|congregation|friends)\b|\b(targets?|suspects?|(co-?)?defendants?|associates|gang members|the [a-z-]+) (would|will|could) (then )?(know|learn|discover|find out|realize) (that )?(he|she|they|the defendant|the witness|who) (had )?(cooperated|was cooperating|is cooperating|informed|talked|testified)\b|\blose (the|its|their|our|his|her) (ability|leverage|power|freedom) to (negotiate|bargain|price|compete|set)\b|(would|will|could) (learn|discover|find out)\b[^.;]{0,80}\b(and|so)\b[^.;]{0,40}\b(would|will|could) ((likely|probably|almost certainly|certainly|then) )?(lose|be (fired|harassed|ostracized|targeted|stigmatized|retaliated against|evicted|expelled|shunned))|(would|will|could)\b[^.;]{0,40}\b(reach|come to the attention of) (his|her|their|its|the) (current |new |present |prospective |future )?(employers?|landlords?|neighbou?rs?|famil(y|ies)|congregation|church|community|classmates|co-?workers|colleagues|customers|patients|clients))\b", Options, Timeout)]
    private static partial Regex P6();

    [GeneratedRegex(@"\bblocked (account|trust account)\b|\b(sum|amount) to be deposited\b|\b(assay|drill(ing)?|core[- ]sample) (results|data|logs)\b|\bore[- ]grade (estimates|data|results)\b|\b(mineral|ore) (reserve|resource) estimates\b|\bpayment schedules?\b|\b(locations?|coordinates) of (its|the|our|their) ([a-z]+ ){0,2}(sites?|nests?|nesting sites|graves?|burials?|caches?|wells?|stockpiles?|safe rooms?)\b|\bfirewall (rules|configurations?|settings|policies)\b|\b(network|system|control[- ]system) (diagrams?|maps?|topology|architecture)\b|\b(points?|places?) (at which|where) (the|its|our|their) ([a-z-]+ ){0,3}(connects?|interfaces?)\b|\bper[- ](subscriber|user|seat|member|patient|claim|transaction|title|episode|stream|download|device|employee|location|store)\b|\b(velocity|transaction|withdrawal|spending|dollar) (limits?|thresholds?|caps?)\b|\b(amounts?|thresholds?|limits?|rules?|scores?) that trigger\b|\b(plans?|decision|intention)[a-z, ]{0,30} to (close|shut|open|sell|acquire|relocate|consolidate|exit|launch|expand)\b|\b(not yet|yet to be) (announced|public|disclosed)\b|\b(fuel[- ])?hedg(e|ing) positions\b|\b(trading|derivatives?|futures|options) positions\b|\b(credit[- ]score|fico) (cutoffs?|thresholds?|minimums?|floors?)\b|\bdebt[- ]to[- ]income (limits?|ratios?|thresholds?|cutoffs?|caps?)\b|\bnames of (the )?([a-z0-9]+ )?(customers|clients|accounts|advertisers|dealers|distributors) (who|that|which)\b|\b((gross|net|monthly|quarterly|annual|weekly|daily) sales|(technical|engineering|design|mechanical|fabrication) drawings (of|for|showing)|blueprints? (of|for|showing)|cad (files|models) (of|for)|(exact|specific) (phrases|words|terms|keywords) (and|or) thresholds|(removal|enforcement|moderation|detection|flagging) (thresholds?|criteria)|thresholds (our|its|their|the) (reviewers|moderators|analysts|systems?|models?) use)\b|\b((temperature|pressure|speed|voltage|dosage|mixing|curing|oven|machine|process|operating|calibration) settings|staging (locations?|areas?|points?)|rally points?|(patrol|response|evacuation|escape) routes?|rent rolls?|lease (expiration|renewal|termination|end) dates?|(monthly|annual|base) rents?|tenant lists?|(fermentation|production|manufacturing|batch|process|reaction|purification) yields?|(assay|testing|manufacturing|validation|cell[- ]culture|purification|synthesis|analytical|research) protocols?|batch records?|cell lines?|(synthesis|purification|reaction) (steps|conditions|routes?)|pric(e|es|ing)|costs?|margins?|royalt(y|ies)|royalty rates?|discounts?|rebates?|revenues?|profits?|profitability|sales (figures|volumes?|data)|units? sold|forecasts?|projections?|budgets?|salar(y|ies)|bids?|customer (names|lists?|identities|data)|customers by name|(purchase|purchasing|order|sales|shipment|transaction|annual|monthly) volumes?|supplier (names|identities|lists?)|source code|algorithms?|internal (systems?|data logs?|databases?|tools)|(advertising |technical |computing |network )?infrastructure|systems? design|data logs?|structure and operation|formula(s|e)?|recipes?|schematics?|specifications?|(manufacturing|production|fabrication|curing|chemical|refining|testing) process(es)?|temperatures|pressures|proportions|tolerances|process parameters|product roadmaps?|launch dates?|(licensing|license|contract|payment|deal) terms|term sheets?|negotiated (terms|rates|prices)|market share|business plans?|strategic plans?|balance sheets?|tax returns?|bank (records?|statements?)|financial statements?|test (data|results)|firmware|architecture|doors?|alarms?|cameras?|locks?|keys|floor plans?|layouts?|schedules?|shift changes?|staffing (levels|patterns)|patrols?|post orders|(transport|transportation|escort) (routes?|schedules?|procedures?)|routes|escorts|number of (officers|guards|staff|escorts|agents|deputies)|(search|screening|targeting|selection) criteria|queries|radio frequenc(y|ies)|passwords?|network (architecture|configuration)|unpatched (vulnerabilit(y|ies)|systems?|servers?|software)|(internal )?(audit|examination|inspection) findings|weaknesses in (its|the|their|our) ([a-z-]+ ){0,2}(controls|systems?|security|procedures)|control (weaknesses|deficiencies|gaps)|server names|ip addresses|hostnames|security (protocols|measures|systems?|procedures)|locations? of|surveillance|weapons?|undercover|ingredients|compensation|quantities|(distribution|sales|shipment|order) volumes|fees|contract(ual)? terms|customer (numbers|requirements)|statistics|security operations|product information|terms of employment|\d+(\.\d+)?\s?percent|(agents|officers|guards|deputies) are (posted|stationed|deployed)|([a-z-]+ )?rates|(bill|pay|data|wholesale|reimbursement|interest|commission|hourly|linehaul|per-[a-z]+) rate|surcharges?|(detention|service|handling|termination) charges|markups?|thresholds?|ratios|parameters|(yield|trial|clinical|performance|usage|cost) data|field trials?|test reports?|failure[- ]mode|(volume|purchase|minimum) commitments?|renewal dates?|contact names|(client|customer) accounts|routing numbers?|(account )?balances|how many|where each|how far (we|it|they|the (company|union|employer|district|county|city)) (are|is|was|were|would be) (willing|prepared) to go|(walk-?away|reservation) (price|point|number)s?|settlement authority|by (post|hour|shift|state|region|customer|product|lane|store|sku)|broken (out|down) by|per (stage|unit|mile|gigabyte|hour|shift|day|customer)|per-(unit|mile|gigabyte|stage|hour)|levels? at which|unreleased|breeding codes?|rule sets?|(check|patrol|count|inspection|round) intervals|intervals at which|(loss|claims?|case|insurance) reserves?|(the|its|our|their) reserves? (we|it|they) (set|established|booked|carried)|reserve (figures|amounts|levels|information)|(its|the) reserves (for|on)|(control|security|internal[- ]control) (weakness(es)?|gaps?|deficienc(y|ies)|failures?)|(not yet|never) (been )?(remediated|fixed|patched|corrected)|unremediated|unpatched|witness statements?|grand jury|(have|has) not (yet )?been charged|uncharged|targets? of the investigation|\d+ lines of|daily active users|(monthly|weekly) active users|(queue|traffic|user|subscriber) (volumes?|counts?)|by country|(manual )?override procedures?|substations?|parent (lines|stock)|crossing (sequences?|records|schemes?)|breeding records|gps( trackers?)?|tracking devices?|trackers?|(mounted|installed|placed|hid) (it|them|the (device|tracker|camera|sensor)s?)|cell-site simulators?|effective range|interview (reports?|summaries|notes)|(advertiser|merchant|dealer|publisher) accounts|largest (customers|accounts|advertisers|clients)|annual spend|unannounced|(expansion|launch) plans?|percentages|holdbacks?|incentive (targets|programs?|structures?|payments?)|(sales|volume|revenue|performance) targets|criteria (it|they|we) uses? to (flag|detect|identify|screen|score|select|approve|deny)|fraud (rules|criteria|flags|thresholds|models?))\b|\$\s?\d[\d,]*|\b\d+(\.\d+)?\s?%|\bdollar (amounts?|figures?|values?)\b", Options, Timeout)]
    private static partial Regex P7();

    [GeneratedRegex(@"\bnot (publicly|otherwise|generally) (available|known|disclosed|accessible)|\bnot (been )?(made |disclosed to the )?public\b|\bnever (been )?(disclosed|made public|released|published)|\bkept (strictly |closely )?(confidential|secret|private)|\b(keeps?|maintains?|treats?) (it|them|this|these|its|their|our|the) ([a-z'-]+ ){0,3}(as )?(strictly |closely )?(secret|confidential|private)\b|\b(access|distribution) (to (it|them|the \w+) )?(is |are )?(limited|restricted)|\bneed[- ]to[- ]know\b|\bnon-?public\b|\bclosely guarded\b|\bpassword[- ]protected\b|\bwithh(o|e)lds? [^.;]{0,40}\beven from\b|\bnot yet (been )?(published|public|released|announced)|\bomit(s|ted)?\b[^.;]{0,30}\bfrom (its|their|our|the company's) public (filings|reports|disclosures)", Options, Timeout)]
    private static partial Regex P8();

    [GeneratedRegex(@"\b(could|might|possibly|potentially|conceivably|perhaps|speculat\w*|risk of|may (?!\d)|potential (harm|harms|injury|injuries|damage|danger|dangers|risk|risks|threat|threats|misuse|litigation|exposure|liability|prejudice))\b", Options, Timeout)]
    private static partial Regex P9();

    [GeneratedRegex(@"\b(threat(s|ened|ening)?|harass(ed|ment|ing)?|stalk(ed|ing)?|violen(ce|t)|assault(ed)?|attack(ed|s)?|kill(ed|ing)?|murder(ed)?|retaliat(e|ed|ion|ory)|persecut(e|ed|ion)|cartels?|gangs?|kidnap\w*|extort\w*|intimidat\w*|abus(e|ed|ive)|physical harm|bodily harm|danger(ous)?|death threats?|jeopardi[sz]e\w*|(?<!double[- ])jeopardy|safety of|(his|her|their|personal|physical) safety|restraining order|(said|says|told [a-z' ]{1,30}|threatened|vowed|swore|posted|wrote) (that )?(he|she|they|his|her|their [a-z]+) (would|will|is going to|are going to) ""?(find|hunt down|get|hurt|come after|deal with|track down) (her|him|them)\b|snitch(es|ing)?|deport(ed|ation)?|(is|are|has been|have been) (still )?(looking|searching|hunting) for (her|him|them)|violat\w+ (a|the|his|her|their) (protective|restraining|no-contact|stay-away) orders?|reported to (ice|immigration( authorities)?)|(asked|asking|ask) around\b[^.;]{0,40}\bwho (talked|cooperated|informed|snitched)|label+ed (as )?an? (informant|snitch|rat|cooperator)|does not know where (she|he|they) (lives?|resides?)|(housed|held|incarcerated|detained|placed) (at|in|on) the same (facility|prison|institution|unit|yard|jail|pod|tier|block)|(are|is) (both |all )?(housed|held|incarcerated) (at|in) the (facility|prison|institution|unit|jail) where|stab(bed|bing)?|(was|were|been|got|be) beaten|firebomb\w*|(people|those|snitches|rats|anyone) who (talks?|cooperates?|testif(y|ies)|snitch(es)?) (get|gets|end up|will be|are) (found|hurt|killed|dead)|still lives (in|on|near) (her|his|their|the same)|in hiding|(is|are) hiding|safe at home|address confidentiality program|criminaliz\w+ (same-sex|homosexual\w*|gay|lgbt\w*|apostasy|blasphemy)|(imprison|jail|prosecut|punish)\w* (him|her|them|people|those) for (being|his|her|their) (gay|lesbian|transgender|sexual orientation|faith|religion|political))\b", Options, Timeout)]
    private static partial Regex P10();

    [GeneratedRegex(@"\b(street|home|residential|mailing|physical) address(es)? of (her|his|their|my|our|the [a-z-]+'s) ([a-z]+ )?(apartment|home|house|residence|shelter|unit)\b|\b(her|his|their|my) (new )?(apartment|shelter|safe house)('s)? (address|location)\b|\b(medical|health|diagnos(is|es|ed)|treatment|mental|psychiatric|psycholog\w*|psycho-?sexual|prescriptions?|medications?|disabilit(y|ies)|hiv|pregnan\w*|home address(es)?|addresses|date of birth|dates of birth|birthdates?|social security|ssns?|account numbers?|minors?|child(ren)?|juveniles?|students?|victims?|sexual|immigration status|undocumented|extramarital|sexual (history|orientation|conduct|relationships?|partners?)|criminal (history|record)s?|(juvenile )?adjudications?|convictions?|rap sheets?|arrest records?|personnel (file|record)s?|internal[- ]affairs (files?|reports?|investigations?|records?)|employment (history|histories|file|record)s?|disciplinary|personally identifiable|identif(ying|iable) information|privacy|personal information|phone numbers?|e-?mail addresses|names?|identit(y|ies)|identifying|driver'?s licen[cs]es?|safe at home|identified by name|identifies [^.;]{1,30} as|routing numbers?|(credit|debit)[- ]card numbers?|card numbers?|expiration dates?|(cell|mobile|cellphone|telephone) (phone )?numbers?|apartment numbers?|where (his|her|their) [a-z]+ (is|are) (hiding|living|staying|sheltering)|credible[- ]fear|asylum (claims?|applications?|interviews?)|dementia|alzheimer'?s|incontinence|where (she|he|they|the [a-z-]+) (now |currently )?(lives?|moved|resides?|works?)|(the )?(city|town|county|state|neighborhood|apartment|shelter) (where )?(she|he|they) (now |currently )?(moved|relocated|fled|lives?|resides?|stays?)( to| in)?|(her|his|their|the [a-z-]+'s) (current|new) (employer|workplace|address|residence)|autops(y|ies)|decedent'?s?|photographs of (the|his|her) (body|injuries|wounds))\b", Options, Timeout)]
    private static partial Regex P11();

    [GeneratedRegex(@"\b(entire|whole) ([a-z-]+ ){0,2}(document|exhibit|case|file|record|transcript|deposition|report|agreement|brief|motion|docket|action|letter|petition|complaint|declaration|opposition)s?\b|\bin (its|their) entiret(y|ies)\b|\ball \d+ pages\b|\ball (of the )?(case )?(documents|exhibits|filings|records)\b|\bredact\w*[^.;]{0,40}\b(impractica(l|ble)|not (practical|feasible|possible))|\b(impractica(l|ble)|not (practical|feasible|possible)) to redact\b", Options, Timeout)]
    private static partial Regex P12();

    [GeneratedRegex(@"\b(contains?|containing|reflects?|reflecting|includes?|including|reveal(s|ing)?|discuss(es)?|describes?|details|consists? of|comprises?|internal|opinions?|reactions?|deliberations?)\b", Options, Timeout)]
    private static partial Regex P13();

    [GeneratedRegex(@"\b(compelling reasons?|good cause|should (be|remain) (sealed|under seal|confidential)|must (be|remain) (sealed|under seal)|warrants? sealing|justif(y|ies) sealing|outweighs?|need(s)? to be sealed|be filed under seal|protected from (public )?disclosure)\b", Options, Timeout)]
    private static partial Regex P14();

    [GeneratedRegex(@"\b(designated|marked|produced|stamped|labell?ed|deemed|provided|supplied|prepared|authored)\b[^.;]{0,60}\bby\s+$", Options, Timeout)]
    private static partial Regex P23();

    // "minor" only as a person: "the minor", "minors", "a minor's", "minor plaintiffs", never "minor changes"; and not
    // the people around an adult's child ("her children's school does not know"), nor an adult's children as those who
    // would learn ("her husband and children do not know of it"), which name no minor's information.
    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|[1-9]|1[0-7])-year-old\b|\b([a-z]+|[0-9]{1,2})-month-old\b|\bminors\b|\bminor'?s\b|\b(the|a|each|settling|two|three|four|five) minor\b|\bminor (plaintiffs?|children|child|claimants?|victims?|students?|daughters?|sons?)\b|(?<!\b(husband|wife|spouse|partner|parents?|family|siblings?) and (her |his |their )?)\b(children|child|juveniles?|infants?)\b(?! (do|does|did) not know| don't know| (are|is) (unaware|not aware))(?!'s (schools?|teachers?|classmates|daycare|friends|coach(es)?|bus|camp)\b(?! (records?|files?|reports?|transcripts?)\b))", Options, Timeout)]
    private static partial Regex P24();

    [GeneratedRegex(@"\bnon-?part(y|ies)\b|\b(who|which) (is|are|was|were) not (a )?(part(y|ies)|defendants?|plaintiffs?)\b|\bnot (a )?(party|defendant) to\b|\b(is|are) not (a )?defendants?\b|\b(is|are|was|were) not (a )?part(y|ies)\b", Options, Timeout)]
    private static partial Regex P25();

    // Only words that name the role: "witness" alone is any witness, and "cooperation" any cooperation.
    [GeneratedRegex(@"\b((has|have|had) (secretly )?cooperated\b|cooperat(ed|ing|ion) with (the )?(u\.s\. |united states |federal |american |local |state )?(authorities|law enforcement|agents|government|prosecutors?|investigators|police)|talked to the (cops|police|feds|agents)|informants?|informers?|confidential (human )?sources?|cooperating (witness(es)?|defendants?|individuals?|sources?)|cooperators?|debrief(ings?|ed)|provided information (against|about|on)|(testified|informed|cooperated) against|(his|her|their|the defendant's|the witness's) cooperation( with| against)?|(he|she|they) (cooperated|informed on)|proffer(ed|s)?|undercover (officers?|agents?|detectives?|operatives?|investigators?))\b", Options, Timeout)]
    private static partial Regex P26();

    // The movant's own words put the information in public hands ("already published", "in its annual report"); "not
    // publicly available" is negated by the reader and belongs to secrecy.
    [GeneratedRegex(@"\b(disclosed|reported|published|released|announced|revealed) (them |it |(the|its|our|their) [a-z ]{1,30})?(in|through) (its|our|their|the company's|the [a-z-]+'s|[a-z]+'s|a|an) (own )?(public |publicly filed |publicly available )?(annual reports?|10-?k|10-?q|sec filings?|public filings?|press releases?|investor presentations?|earnings calls?|website)\b|\bpublicly filed (this|the|that|these|those|the same) (document|exhibit|information|agreement|report|figures|terms)s?\b|\b(has|have|had) (since |already )?been (filed|posted) (publicly|on the public docket)\b|\b(already (been )?(published|public|disclosed|made public|reported|released)|(is|are|was|were|has been|have been) (publicly|widely) (available|known|reported|disclosed)|publicly available|in (its|our|their|the company's) (annual reports?|10-k|public filings?|press releases?)|in (its|our|their|the company's) publicly filed (form )?(10-k|10-q|annual reports?|reports?|filings?)|testified (publicly |openly )?under (his|her|their) (own|true|real) name)\b", Options, Timeout)]
    private static partial Regex P27();

    // No prejudice "from sealing" is the movant's usual word that the other side loses nothing by the seal, not a
    // disclaimer of harm from disclosure.
    [GeneratedRegex(@"\b((will|would|could|does|do|did) (suffer|sustain|face|incur|experience) no (harm|prejudice|injury|damage|competitive harm)|no (harm|prejudice|injury|damage) (would|will|could) (result|follow|come)|(would|will|could) not (be )?(hurt|harm|harmed|injure|injured|prejudice|prejudiced|damage|damaged)\b(?![^.;]{0,60}\b(unless|redact\w*|if (the|a|its|their) (redact\w*|version)))|(\bno|\bnot (a single|one)) ([a-z-]+ ){0,2}(competitors?|rivals?|licensors?|licensees?|customers?|bidders?|suppliers?|vendors?|counterpart(y|ies)|business(es)?|compan(y|ies)|part(y|ies)|one) (would|could|will|can) (ever )?(use|exploit|benefit from|take advantage of)\b|\b(nobody|no one|no-one) (would|could|will|can) (ever )?(use|exploit|benefit from|take advantage of)\b|\b(could|would|can) not (be used|benefit) (against|to|by)\b)(?![^.;]{0,12}\b(from|by) (the )?(seal\w*|filing [a-z ]{0,20}under seal))", Options, Timeout)]
    private static partial Regex P28();

    [GeneratedRegex(@"\b((pages?|pp\.|slides?|lines?|rows?|columns?) \d{1,4}( ?(-|–|through|to|and) ?\d{1,4})?|(tables?|schedules?|appendix|appendices|attachments?) (\d{1,3}|[a-h]\b))", Options, Timeout)]
    private static partial Regex P31();

    [GeneratedRegex(@"((decl\.|declaration|ecf|dkt\.|docket|doc\.|id\.)( no\. ?\d+)?,? ?(at )?|^(\d+, ?|at ))$", Options, Timeout)]
    private static partial Regex P32();

    [GeneratedRegex(@"\b(videos?|video recordings?|footage)\b", Options, Timeout)]
    private static partial Regex P33();

    [GeneratedRegex(@"\b(operative|surgical|pathology|biopsy|radiology|imaging|lab(oratory)?) (notes|reports?|results|findings|records)\b|\badverse (events?|event reports?|drug reactions?)\b|\b(miscarriages?|abortions?|stillbirths?|(in)?fertility|ivf|sexually transmitted|hepatitis|cancer|chemotherapy|tumou?rs?|surger(y|ies)|seizures?|epilep\w*|diabet\w*|bipolar|schizophreni\w*|depression|anxiety disorder|ptsd|suicid\w*|eating disorder|anorexia|bulimia|medical|health|diagnos(is|es|ed)|treatment|mental|psychiatric|psycholog\w*|psycho-?sexual|prescriptions?|medications?|disabilit(y|ies)|hiv|pregnan\w*|autops(y|ies)|therap(y|ist|ies)|counseling|illness(es)?|condition of|hospitali[sz]\w*|hospice|palliative|end-of-life care|psychiatrist'?s?|therapist'?s?|psychotherap\w*|overdoses?|dementia|alzheimer'?s|incontinence|cognitive (decline|impairment)|(doctor|physician)'?s?'? (visits?|appointments?|notes?|records?|bills?)|substance (ab)?use|(drug|alcohol|opioid) (use|abuse|addiction|dependence|treatment)|addictions?|alcoholism|rehab(ilitation)? (program|facility|center|stay)|detox\w*)\b", Options, Timeout)]
    private static partial Regex P34();

    /// <summary>"EA does not contend that ...": what follows is a position the movant disclaims, not its own.</summary>
    public static readonly Regex Disclaimed = P29();

    [GeneratedRegex(@"\b(does|do|did)(n't| not) (contend|argue|claim|assert|suggest|say|maintain|believe|expect|allege) that\b|\b(has|have|had) never (claimed|contended|argued|asserted|suggested|said) that\b|\bit is not (true|the case|so) that\b", Options, Timeout)]
    private static partial Regex P29();

    [GeneratedRegex(@"\b(in the alternative|alternatively|or,? at (a |the )?minimum|or,? at least|or else)\b", Options, Timeout)]
    private static partial Regex P22();

    [GeneratedRegex(@"\b(embarrass\w*|humiliat\w*|reputation(al)?|stigma\w*|shame\w*|ridicule|negative publicity|bad press)\b", Options, Timeout)]
    private static partial Regex P15();

    // A negation reaches to the end of its clause: "and" opening a new subject ("are not parties and their addresses") ends it.
    [GeneratedRegex(@"\b(not|no|never|nor|without|neither|cannot|isn't|aren't|doesn't|don't|didn't|wasn't)\b(?:(?!\band (their|his|her|its|our|they|he|she|it|we|there)\b)[^,;:]){0,30}$", Options, Timeout)]
    private static partial Regex P16();

    [GeneratedRegex(@"^\W*(\w+[\s']+){0,5}(contends?|argues?|claims?|asserts?|insists?|suggests?|maintains?|says|will argue|may argue|might argue|would argue|has argued|have argued|characteriz\w+)\b", Options, Timeout)]
    private static partial Regex P17();

    [GeneratedRegex(@"^\W*(but|however|not so|that is (wrong|incorrect|not so|mistaken)|this is (wrong|incorrect|mistaken)|to the contrary|on the contrary|in fact|in truth|rather|that argument|they are wrong|it is wrong|it is not)\b", Options, Timeout)]
    private static partial Regex P18();

    [GeneratedRegex(@"[,;]\s*(but|however)\b", Options, Timeout)]
    private static partial Regex P19();

    [GeneratedRegex(@"\b(about|regarding|concerning|of|from|on|identifying)\s+$|\battorney-$", Options, Timeout)]
    private static partial Regex P20();

    [GeneratedRegex(@"^(('s|s'|')\s*([a-z-]+\s+){0,2}|\s*)(names?|lists?|identit(y|ies)|information|data|contracts?|agreements?|relationships?|accounts?|records?|files?|pricing|base|numbers|communications)\b", Options, Timeout)]
    private static partial Regex P21();

    // "password-protected" says how a thing is kept secret (SecrecyMeasures), not that the thing is a password.
    [GeneratedRegex(@"\b(passwords?|passcodes?|pass codes?)\b(?![- ]protected)|\b(log-?in|sign-?in|account|access|user) credentials\b|\busernames? and passwords?\b|\b(online banking|account|user|login) usernames?\b|\bpin (numbers?|codes?)\b|\bpersonal identification numbers?\b|\b(access|security|authentication|verification) codes?\b|\b(private|api|encryption|decryption|access) keys?\b", Options, Timeout)]
    private static partial Regex P35();

    // The harm put as a bare possibility: hedged twice over ("could conceivably", "might be able to"), or said outright to
    // be possible. A single "could" is the ordinary way of stating a consequence and is Speculation's, not this.
    [GeneratedRegex(@"\b(may|might|could) (someday|some day|one day|eventually)\b|\bif (it|they|this|these|the [a-z]+) (ever|were ever|was ever) (fell|fall|got|get|came|come|found its way|found their way) into the wrong hands\b|(?<!\b(not|than|never|no) )\b(a|some|any) hypothetical\b|\b(could|might|may),? perhaps\b|\b((it is|it'?s) (quite |entirely )?(possible|conceivable) that|there is (a|some) (possibility|chance) that|(could|might|may) (conceivably|possibly|potentially|theoretically)|(could|might|may),? in theory,?|conceivably|might be able to|theoretically|cannot be ruled out|can ?not rule out)\b", Options, Timeout)]
    private static partial Regex P36();

    // The privilege named: the lawyer-client privilege or work product, not a "privileged and confidential" settlement, nor
    // the law-enforcement or deliberative-process privileges, which are weighed as the harms they protect against.
    [GeneratedRegex(@"\battorney[- ]client\b|\battorney[- ]work[- ]product\b|\bwork[- ]product (doctrine|protection|privilege|immunity|protected)\b|\b(as|is|are|constitutes?|protected) work[- ]product\b|\bprivileged? (and|or) (the )?work[- ]product\b|\b(lawyer|solicitor)[- ]client\b|\bprivileged (communications?|legal|e-?mails?|memorand(a|um)|advice|documents?|materials?|letters?|correspondence)\b|\bprotected by (the )?privilege\b", Options, Timeout)]
    private static partial Regex P37();

    // What makes material privileged: who spoke with counsel, legal advice sought or given, or preparation for litigation.
    [GeneratedRegex(@"\b(the|an) anticipated (suit|litigation|lawsuit|action|claims?)\b|\b(communications?|correspondence|e-?mails?|letters?|memorand(a|um)|conversations?|discussions?|consultations?|meetings?|exchanges?|messages?|notes)\b[^.;,]{0,50}\b(between|with|from|to)\b[^.;,]{0,40}\b(counsel|attorneys?|lawyers?|legal (department|team)|law firm)\b|\bin anticipation of (litigation|trial|this (action|lawsuit|suit|case))\b|\bprepared (by|for|at the (direction|request) of)\b[^.;]{0,30}\b(counsel|attorneys?|lawyers?)\b|\b(mental impressions|legal theories)\b", Options, Timeout)]
    private static partial Regex P38();

    // Legal advice sought or given, or a lawyer's advice: the communication the privilege exists for, named by what it is.
    [GeneratedRegex(@"\b(counsel|attorneys?|lawyers?)('s|s')? (evaluation|assessment|analysis) of (each|the|its|our|their|every)\b|\bto (assess|evaluate|analy[sz]e) (the company's|its|our|their|the) (legal )?(exposure|liability|claims|defenses|litigation risk)\b|\b(seek|sought|obtain|render|provid|giv|gave|request|ask)\w*\b[^.;]{0,20}\blegal (advice|opinions?)\b|\bfor the purpose of (obtaining|giving|rendering|seeking|providing) legal\b|\b(attorney|counsel|lawyer)( [a-z.'-]+){0,3}('s|s') (legal )?(advice|analysis) (to|on|about|regarding|of)\b|\blegal advice (to|from|on|about|regarding|concerning)\b", Options, Timeout)]
    private static partial Regex P39();

    [GeneratedRegex(@"\b(protect\w*|shield\w*|safeguard\w*)\b[^.;]{0,40}\bfrom\s+(possible |potential |further |any )?$|\b(fears?|risk|possibility|prospect) of\s+$|\b(protect\w*|ensur\w*|preserv\w*|safeguard\w*|afraid for|fear(s|ed|ful|ing)? for|concern(s|ed)? (for|about)|worr(y|ies|ied) (for|about))\s+$", Options, Timeout)]
    private static partial Regex P40();

    [GeneratedRegex(@"\b(describ(e|es|ed|ing)|discuss(es|ed|ing)?|recount(s|ed|ing)?|narrat(e|es|ed|ing)|detail(s|ed|ing)?|concern(s|ed|ing)|relat(es|ed|ing) to|about|regarding|investigat\w+ (of|into)|reports? (of|on)|account of|allegations? of|footage of|videos? of|(details|circumstances|facts) of|recordings? of|photographs? of|after|following|during|reported|complained (of|about)|witnessed|investigated)\s+((an?|the|his|her|their|this|that|its|my|our)\s+)?((alleged|reported|sexual|physical|violent|underlying|fatal|domestic|childhood|past|prior|\d{4}|[a-z]+'s)\s+){0,3}$", Options, Timeout)]
    private static partial Regex P41();

    [GeneratedRegex(@"^(assault(ed)?|attack(ed|s)?|kill(ed|ing)?|murder(ed)?|stab(bed|bing)?|abuse|violence)$", Options, Timeout)]
    private static partial Regex P42();

    [GeneratedRegex(@"^(not|never)\s+((been|ever|once|otherwise|publicly)\s+)?(shared|disclosed|released|published|distributed|circulated|revealed|made (public|available))\b", Options, Timeout)]
    private static partial Regex P43();

    [GeneratedRegex(@"^( (information|data|terms|figures|rates?|structure|strategy|strategies))?( (that|which|it|we|they|[a-z]+) (pays?|charges?|receives?|offers?|uses?|negotiated|obtains?))? (is|are) (highly |strictly |extremely |very |also |all )?(confidential|proprietary|sensitive|private|secret|trade secrets?)\b|^( (information|data|terms|figures|rates?|structure|strategy|strategies))? (strictly |closely |highly )?(secret|confidential|private|in confidence)\b", Options, Timeout)]
    private static partial Regex P44();

    [GeneratedRegex(@"(^|[.;:,] |\b(and|that|because|since) )(our|its|their|his|her|my|the company's|the|(the )?[a-z]+'s) $|\b(keeps?|kept|treats?|maintains?|holds?) (our|its|their|his|her|the) $", Options, Timeout)]
    private static partial Regex P45();

    [GeneratedRegex(@"\b(separated from|taken from|away from|(take )?care (for|of)|provide for|support|raise|raising|lose|losing|leave|leaving|feed|visit|see) (my|her|his|their|our) ((two|three|four|five|young|small|little) )?$", Options, Timeout)]
    private static partial Regex P46();

    [GeneratedRegex(@"\b(further litigation|(bring|file|invite|encourage|spur|prompt|lead to)\w*\b[^.;]{0,30}\b(similar|copycat|more|additional|other|new) (claims|suits|lawsuits|litigation|actions))\b", Options, Timeout)]
    private static partial Regex P47();

    [GeneratedRegex(@"\b((if|once|when|should|were) (my|his|her|their|our|the (plaintiff|petitioner|defendant|witness|informant|applicant|victim|inmate|employee|declarant)(['’]s|s['’])?) ((true|real|full) )?(names?|identit(y|ies))\b[^.;]{0,40}?\b(appear|publish|disclos|reveal|public|known|releas|docket)\w*|(reveal|revealing|disclose|disclosing|disclosure of|publish|publishing|publication of|expose|exposing|learn|learning|discover|find out|know) (my|his|her|their|our|the (plaintiff|petitioner|defendant|witness|informant|applicant|victim|inmate|employee|declarant)(['’]s|s['’])?) ((true|real|full) )?(names?|identit(y|ies))\b|(identify|identifying|recognize|recognise) ((me|him|her)\b|them (as|and|by)\b)|(remain|proceed|proceeding|litigate|prosecute|prosecuting) anonymous(ly)?|(under|use|using) (a|the) pseudonym|(published|filed|appears?|appearing|proceed|proceeding|litigate|litigating) under (my|his|her|their|our|the (plaintiff|petitioner|defendant|witness|informant|applicant|victim|inmate|employee|declarant)(['’]s|s['’])?) ((true|real|full) )?name|(my|his|her|their|our|the (plaintiff|petitioner|defendant|witness|informant|applicant|victim|inmate|employee|declarant)(['’]s|s['’])?) ((true|real|full) )?name (be |is |being )?(replaced|withheld|redacted)|(replace|replacing|substitute|substituting) (my|his|her|their|our|the (plaintiff|petitioner|defendant|witness|informant|applicant|victim|inmate|employee|declarant)(['’]s|s['’])?) ((true|real|full) )?names? with( (a|the) (pseudonym|fictitious name|initials))?|who (i am|he is|she is|they are)\b)", Options, Timeout)]
    private static partial Regex P48();

    [GeneratedRegex(@"\b(restraining|protective|no-contact|stay-away) order for (threatening|assaulting|stalking|harassing)\b|\bviolated (a|the|an|her|his|their) (protective|restraining|no-contact|stay-away|emergency protective) order\b|\b(appeared|showed up|turned up|been seen|was seen|parked) (at|outside|near) (her|his|their|my) (workplace|home|house|school|apartment|door|office|residence)\b|\b(stalked|followed|tracked down) (her|him|them|me)\b|\b(still|is|are) (looking|searching|hunting) for (him|her|them|me)\b|\b(have|has|had|were|was) (been )?(looted|raided|vandali[sz]ed|burglarized|robbed|broken into|desecrated)\b|\b(murdered|killed|kidnapped|tortured|assaulted|shot|stabbed|beat|threatened|attacked) (his|her|their|my|our) (brothers?|sisters?|father|mother|sons?|daughters?|husband|wife|family|cousins?|uncles?|aunts?|relatives?|children|partner|parents)\b|\b(are|is|were|was|been) (marked|targeted) for (death|murder|assault)\b|\b(green-?lit|greenlit|green-?lighted|on (a|the|their) hit list)\b|\b(asked|asking|been asking) (around )?([a-z]+ ){0,3}(who|whether) ""?([a-z]+ ){0,3}(talked|snitched|cooperated|informed|testified|reported)\b|\b(sent|put out|spread|passed) (the )?word\b|\b(offered|placed|put) a (bounty|reward|price) (on|for)\b|\b(has|have|had) (already |repeatedly |since )?(attempted|tried) to (intercept|locate|find|kill|harm|reach|attack)\b|\b(were|was|have been|has been|had been) ((detained|arrested|imprisoned|jailed|abducted) and )?(tortured|disappeared|killed|murdered|beaten|kidnapped)\b|\b(has|have|had) (already |repeatedly |previously |since )?(threatened|killed|murdered|assaulted|attacked|beaten|shot|stabbed|kidnapped|firebombed)\b|\b(has|have|had|he|she|they|i) (already |since |repeatedly )?(received|gotten|got) ([a-z]+ ){0,2}(death )?threats\b", Options, Timeout)]
    private static partial Regex P49();

    [GeneratedRegex(@"\b(who )?(remain|remains|still live|still lives|still reside|still resides) there\b|\b(housed|held|incarcerated|confined|lives?|living) (on|in|at) (a|the same|the|his|her) (yard|unit|housing unit|facility|prison|cell ?block|pod|tier|dorm(itory)?)\b[^.;]{0,40}\b(members|associates)\b|\b(family|relatives|mother|father|parents|siblings|sisters?|brothers?|children|wife|husband|sons?|daughters?)( members)? (still )?(remains?|lives?|resides?|living|residing|stays?) (in|on|near) (the (country|village|town|city|region|neighborhood|community)|(her|his|their) (home )?(country|village|town|city|region|neighborhood|community)|the same|[a-z]+ (country|village|town|city|province))\b|\b(remains?|still lives?|still live|lives?|resides?|living) (in|on) the same (street|block|building|neighborhood|town|village|housing unit|unit|yard|facility|community|apartment complex)\b|\b(remains?|still lives?|still live|is still|are still) (in|at large in) (her|his|their) (home )?(village|town|neighborhood|community|country|city)\b|\b(was|were|has been|have been) released (from (custody|prison|jail) )?(last|this|earlier this) (week|month|year)\b|\b(remains?|are still|is still|still) at large\b|\bthe country (he|she|they|i|we) fled\b", Options, Timeout)]
    private static partial Regex P50();
}
