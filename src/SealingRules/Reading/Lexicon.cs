using System.Text.RegularExpressions;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// The words that carry each feature of a statement. Patterns match lower-cased text with straight quotes. Which
/// feature a pattern finds is all it decides: what the features mean is the particularity rules' business.
/// </summary>
internal static class Lexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex R(string pattern) => new(pattern, Options, TimeSpan.FromMilliseconds(200));

    /// <summary>Each feature's patterns; <c>SelfNegating</c> patterns carry their own "not" (not publicly available).</summary>
    public static readonly IReadOnlyList<(Feature Feature, Regex Pattern, bool SelfNegating)> Patterns =
    [
        (Feature.Designation, R(@"\bdesignat(ed|es|ion|ing)\b[^.;]{0,40}\b(confidential|highly|attorneys|aeo|protective)|\bprotective order\b|\battorneys'? eyes only\b|\baeo\b|\b(marked|stamped|produced|labell?ed) (it |them |this |these )?(as )?""?(highly )?confidential\b"), false),
        (Feature.Agreement, R(@"\bconfidentiality (agreement|provision|clause|obligation|term|covenant)s?\b|\bnon-?disclosure agreement|\bndas?\b|\bagreed (to keep|to maintain|to treat|that)\b[^.;]{0,80}\b(confidential|private|secret)|\b(contractual(ly)?|legally) (obligat|bound|required)\w*[^.;]{0,60}\b(confidential|secret)|\b(obligated|required|bound) to keep\b[^.;]{0,40}\bconfidential"), false),
        (Feature.ConfidentialLabel, R(@"\b(highly |strictly |commercially |competitively |business[- ])?(confidential|proprietary|sensitive|private(?! (individual|person|part|citizen|entit)))\b"), false),
        (Feature.HarmNamed, R(@"\b(harm(ed|s|ful)?|injur(e|es|ed|y|ious)|damag(e|es|ed|ing)|prejudic(e|ed|ial)|disadvantage(d|s|ous)?|detriment(al)?|irreparabl[ey]|adversely (affect|impact)\w*|hurt|competitive (standing|position|injury))\b"), false),
        (Feature.Audience, R(@"\b(competitors?|rivals?|counterpart(y|ies)|suppliers?|vendors?|licensees?|licensors?|bidders?|distributors?|customers?|clients?|business partners?|market participants?|acquirers?|negotiating partners?|inmates?|prisoners?|detainees?|smugglers?|traffickers?|hackers?|attackers?|infringers?|would-be \w+|opposing part(y|ies) in other)\b"), false),
        (Feature.VagueActors, R(@"\b(bad|hostile|malicious|nefarious|ill-intentioned|criminal) (actors?|elements?|people|persons)\b|\b(others|someone|anyone|third parties|the public at large|wrongdoers|criminals)\b"), false),
        (Feature.Mechanism, R(@"\b(allow|allows|allowing|permit|permits|enable|enables|enabling|let|lets|help|helps|equip|equips)\b[^.;]{0,50}\b(to )?(undercut|underbid|undersell|outbid|negotiate|leverage|copy|replicate|reverse[- ]engineer|design around|target|identify|locate|find|track|retaliate|harass|evade|circumvent|exploit|defeat|poach|solicit|compete unfairly|obtain|learn|determine|deduce|infer|calculate|reconstruct|steal|access|attack|plan|avoid|anticipate|bypass|disable|predict)\b|\b(use|used|using|exploit|leverage)\b[^.;]{0,60}\b(against|to (undercut|underbid|negotiate|gain|extract|demand|target|locate|identify|retaliate|copy|replicate|evade|price|compete|win|lure|poach|solicit))\b|\b(undercut|underbid|undersell|reverse[- ]engineer|design around|poach|free[- ]ride|bargaining (position|leverage|power)|negotiating (position|leverage|strategy)|in (future |ongoing |their |its )?negotiations|demand (the same|similar|better|lower)|renegotiat\w+|locate (him|her|them)|identify (him|her|them|the (informant|witness|victim|officer|agent|employee)s?)|evade (detection|surveillance|the)|gain (unauthorized )?access|blind spots?|roadmap|blueprint|retaliat\w+ against|poach\w*)\b"), false),
        (Feature.ConcreteContent, R(@"\b(pric(e|es|ing)|costs?|margins?|royalt(y|ies)|royalty rates?|discounts?|rebates?|revenues?|profits?|profitability|sales (figures|volumes?|data)|units? sold|forecasts?|projections?|budgets?|salar(y|ies)|bids?|customer (names|lists?|identities|data)|supplier (names|identities|lists?)|source code|algorithms?|formula(s|e)?|recipes?|schematics?|specifications?|manufacturing process(es)?|product roadmaps?|launch dates?|(licensing|license|contract|payment|deal) terms|term sheets?|negotiated (terms|rates|prices)|market share|business plans?|strategic plans?|balance sheets?|tax returns?|bank (records|statements)|financial statements?|test (data|results)|firmware|architecture|doors?|alarms?|cameras?|locks?|keys|floor plans?|layouts?|schedules?|shift changes?|staffing (levels|patterns)|patrols?|post orders|radio frequenc(y|ies)|passwords?|network (architecture|configuration)|security (protocols|measures|systems?|procedures)|locations? of|surveillance|weapons?|informants?|confidential sources?|undercover|\$\s?\d[\d,.]*|\d+(\.\d+)?\s?(%|percent))\b"), false),
        (Feature.SecrecyMeasures, R(@"\bnot (publicly|otherwise|generally) (available|known|disclosed|accessible)|\bnot (been )?(made |disclosed to the )?public\b|\bnever (been )?(disclosed|made public|released|published)|\bkept (strictly |closely )?(confidential|secret|private)|\b(access|distribution) (to (it|them|the \w+) )?(is |are )?(limited|restricted)|\bneed[- ]to[- ]know\b|\bnon-?public\b|\bclosely guarded\b|\bpassword[- ]protected\b"), true),
        (Feature.Speculation, R(@"\b(could|might|possibly|potentially|conceivably|perhaps|speculat\w*|risk of|may (?!\d))\b"), false),
        (Feature.Threat, R(@"\b(threat(s|ened|ening)?|harass(ed|ment|ing)?|stalk(ed|ing)?|violen(ce|t)|assault(ed)?|attack(ed|s)?|kill(ed|ing)?|murder(ed)?|retaliat(e|ed|ion|ory)|persecut(e|ed|ion)|cartels?|gangs?|kidnap\w*|extort\w*|intimidat\w*|abus(e|ed|ive)|physical harm|bodily harm|danger(ous)?|death threats?)\b"), false),
        (Feature.PersonalSubject, R(@"\b(medical|health|diagnos(is|es|ed)|treatment|mental|psychiatric|psycholog\w*|prescriptions?|medications?|disabilit(y|ies)|hiv|pregnan\w*|home address(es)?|addresses|date of birth|dates of birth|birthdates?|social security|ssns?|account numbers?|minors?|child(ren)?|juveniles?|students?|victims?|sexual|immigration status|criminal (history|record)|personnel (file|record)s?|disciplinary|personally identifiable|identif(ying|iable) information)\b"), false),
        (Feature.WholeRecord, R(@"\b(entire|whole) (document|exhibit|case|file|record|transcript|deposition|report|agreement|brief|motion|docket|action)s?\b|\bin (its|their) entiret(y|ies)\b|\ball (of the )?(documents|exhibits|filings|records)\b"), false),
        (Feature.DescribesContent, R(@"\b(contains?|containing|reflects?|reflecting|includes?|including|discuss(es)?|describes?|details|consists? of|comprises?|internal|opinions?|reactions?|deliberations?)\b"), false),
        (Feature.AssertsConclusion, R(@"\b(compelling reasons?|good cause|should (be|remain) (sealed|under seal|confidential)|must (be|remain) (sealed|under seal)|warrants? sealing|justif(y|ies) sealing|outweighs?|need(s)? to be sealed|be filed under seal|protected from (public )?disclosure)\b"), false),
        (Feature.Embarrassment, R(@"\b(embarrass\w*|humiliat\w*|reputation(al)?|stigma\w*|shame\w*|ridicule|negative publicity|bad press)\b"), false),
    ];

    /// <summary>Words that negate what follows them in a clause ("not merely confidential").</summary>
    public static readonly Regex Negation = R(@"\b(not|no|never|nor|without|neither|cannot|isn't|aren't|doesn't|don't|didn't|wasn't)\b[^,;:]{0,30}$");

    /// <summary>A sentence that reports another's position ("Plaintiffs argue that ..."), read as the other side's only if answered.</summary>
    public static readonly Regex Attribution = R(@"^\W*(\w+[\s']+){0,5}(contends?|argues?|claims?|asserts?|insists?|suggests?|maintains?|says|will argue|may argue|might argue|would argue|has argued|have argued|characteriz\w+)\b");

    /// <summary>The start of an answer to the position just reported.</summary>
    public static readonly Regex Rebuttal = R(@"^\W*(but|however|not so|that is (wrong|incorrect|not so|mistaken)|this is (wrong|incorrect|mistaken)|to the contrary|on the contrary|in fact|in truth|rather|that argument|they are wrong|it is wrong|it is not)\b");

    /// <summary>Where a sentence turns to answer the position it reports ("..., but ...").</summary>
    public static readonly Regex TurnWithin = R(@"[,;]\s*(but|however)\b");

    /// <summary>Words before an audience noun that make it part of what the information is ("data about competitors").</summary>
    public static readonly Regex DescribesBefore = R(@"\b(about|regarding|concerning|of|from|on)\s+$");

    /// <summary>Words after an audience noun that make it part of what the information is ("customer names").</summary>
    public static readonly Regex DescribesAfter = R(@"^('s|s'|')?\s*(names?|lists?|identit(y|ies)|information|data|contracts?|accounts?|records?|files?|pricing|base)\b");

    /// <summary>Common English words: a statement with too few of them is not read.</summary>
    public static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "of", "to", "and", "a", "in", "that", "is", "would", "be", "this", "it", "for", "as", "on", "with", "its",
        "by", "are", "or", "not", "will", "could", "information", "disclosure", "if", "their", "from", "which", "an", "has",
        "have", "was", "were", "these", "those", "our", "we", "they", "because", "document", "documents", "harm", "public",
    };
}
