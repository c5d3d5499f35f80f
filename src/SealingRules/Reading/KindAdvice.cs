using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// For each kind of information, what a particular declaration says the document holds and how its disclosure would be
/// used: the facts courts look for (pricing that competitors would undercut, camera positions inmates would avoid), so
/// that the advice names this information, not information in general. A kind not listed gets the harm's general advice.
/// </summary>
internal static class KindAdvice
{
    /// <param name="What">What in the document to name.</param>
    /// <param name="How">Who would use it, and what they would do with it.</param>
    internal sealed record Advice(string What, string How)
    {
        /// <summary>A sentence in a declarant's voice that says both (the what-if proposes it): read alone, it is specific.</summary>
        public string Example { get; init; } = "";

        /// <summary>The kind this advice was chosen for, which its pronouns ("use them") stand for.</summary>
        public InformationKind Kind { get; init; }

        /// <summary>
        /// Whether what to name is, like how, only for the harms the advice fits: a business's deliberations are worth
        /// naming for their plans and costs, an agency's opinions for what they would tell those it polices.
        /// </summary>
        public bool WhatFitsItsHarmsOnly { get; init; }

        /// <summary>The harms this advice on how speaks to; another harm claimed keeps the harm's own advice.</summary>
        public IReadOnlySet<HarmKind> Fits { get; init; } = Business;
    }

    private static readonly HashSet<HarmKind> Business = [HarmKind.CompetitiveHarm, HarmKind.TradeSecretDisclosure];
    private static readonly HashSet<HarmKind> Security = [HarmKind.SecurityVulnerability, HarmKind.LawEnforcementInterference, HarmKind.Safety];
    private static readonly HashSet<HarmKind> Investigation = [HarmKind.LawEnforcementInterference, HarmKind.Safety];
    private static readonly HashSet<HarmKind> Personal = [HarmKind.Privacy, HarmKind.Safety, HarmKind.Persecution];
    private static readonly HashSet<HarmKind> Privacy = [HarmKind.Privacy];

    private static readonly Dictionary<InformationKind, Advice> ByKind = new()
    {
        [InformationKind.PricingTerms] = new("the prices, discounts or rebates themselves, and for which products or customers",
            "competitors bidding for the same customers would undercut those prices, or other customers would demand the same terms")
        { Example = "The table gives the per-unit prices we charge each distributor; competitors bidding for the same accounts would use them to undercut us in the next bidding round." },
        [InformationKind.LicensingTerms] = new("the royalty rates, lump sums or payment terms themselves",
            "other licensees or licensors would use them as a benchmark to demand the same terms in their own negotiations")
        { Example = "The agreement sets the royalty rate we pay; other licensors would use it as a benchmark to demand the same rate from us." },
        [InformationKind.FinancialData] = new("the figures themselves (revenue, costs or margins, by product, period or customer) and that they are not reported publicly",
            "competitors would learn where the business makes its margin and price against it, or counterparties would use the figures in negotiation")
        { Example = "The schedule shows our margin on each product line, which we do not report publicly; competitors would use it to price just below us on our most profitable lines." },
        [InformationKind.CustomerInformation] = new("which customers are named and what each buys or pays",
            "competitors would target those accounts or solicit them with lower prices")
        { Example = "The list names each customer and the volume it buys; competitors would use it to target those accounts with lower prices." },
        [InformationKind.BusinessStrategy] = new("the plan itself (the market, product, price or date) and that it has not been announced",
            "a competitor knowing it in advance would pre-empt the launch or adjust its own plans")
        { Example = "The slides set out the price and launch date of the product we will launch next year; a competitor that knew them would use them to pre-empt the launch." },
        [InformationKind.TradeSecret] = new("the formula, process or design itself, and the steps taken to keep it secret",
            "a competitor would copy it, or design around it, without the cost of developing it")
        { Example = "The exhibit gives the proportions of each ingredient in our formula, which we keep secret; a competitor would use it to reproduce the product without the cost of developing it." },
        [InformationKind.SourceCode] = new("which code it is (the module and what it does) and that it is kept secret",
            "a competitor would copy its design, or an attacker would find weaknesses to exploit")
        { Example = "The excerpts reproduce the source code of our ranking module, which we keep secret; a competitor would use it to replicate the feature." },
        [InformationKind.TechnicalInformation] = new("the specifications, test results or design details themselves",
            "a competitor would copy or design around them, or bring a rival product to market sooner")
        { Example = "The report gives the specifications and test results of our unreleased product; a competitor would use them to design around it before our launch." },
        [InformationKind.SettlementTerms] = new("the amount and terms, and that they have not been disclosed",
            "other claimants would demand the same amount, or counterparties would use the terms in negotiation")
        { Example = "The agreement states the payment of $250,000; other claimants would use it to demand the same payment in their negotiations with us." },
        // A business's deliberations are its plans in the making: their worth to a competitor is the plan, the prices and
        // the costs weighed, not the opinions as such (a government's opinions get no example of this kind).
        [InformationKind.InternalOpinions] = new("the options, costs or plans the deliberations weighed, and that they have not been disclosed",
            "competitors would use them to anticipate the company's pricing, products or timing")
        { Example = "The minutes record the options the committee weighed and the cost of each, which we have not disclosed; competitors would use them to anticipate our pricing and the timing of our next product.", WhatFitsItsHarmsOnly = true },
        [InformationKind.InternalPolicy] = new("the procedures themselves and what they protect",
            "someone would use them to evade or exploit the procedure (name who, and how)")
        { Example = "The policy gives the times the doors are unlocked and the number of officers on each shift; inmates would use it to plan an escape during the gaps.", Fits = Security },
        [InformationKind.SecurityProcedure] = new("the camera locations, staffing levels, shift changes or times doors are unlocked",
            "inmates or others would use them to avoid surveillance, or to plan an escape or an assault")
        { Example = "The video shows the location of each camera in the unit, which would let inmates find the blind spots and evade surveillance.", Fits = Security },
        [InformationKind.LawEnforcementTechnique] = new("the technique, screening criteria or sources themselves",
            "those under investigation would learn how to evade detection")
        { Example = "The memorandum sets out the screening criteria agents apply; smugglers who read it would know which shipments pass unexamined and would evade detection.", Fits = Security },
        [InformationKind.AgentLocations] = new("where and when agents are posted",
            "smugglers or others would route around them, or target them")
        { Example = "The report gives where agents are posted and when; smugglers would use it to route around them and evade detection.", Fits = Security },
        [InformationKind.InvestigativeFile] = new("the informants, witnesses or leads the file names, or the techniques and weaknesses it describes",
            "suspects would identify and retaliate against them, or destroy evidence")
        // Informants and leads answer interference with an investigation or danger to the people named; a claimed security
        // vulnerability (a use-of-force report said to expose a jail's weaknesses) keeps the harm's own advice.
        { Example = "The file names the informant who reported the sale; the suspects would use it to identify him and retaliate against him.", Fits = Investigation },
        [InformationKind.Medical] = new("whose medical records they are and what they hold (a diagnosis, treatment, a condition)",
            "it would make public diagnoses and treatment beyond what the claims put in issue")
        { Example = "The records describe the plaintiff's diagnoses and treatment, including conditions unrelated to the injuries claimed; anyone reading the docket would learn them.", Fits = Privacy },
        [InformationKind.MentalHealth] = new("whose records they are and what they hold (a diagnosis, treatment, an evaluation)",
            "it would make public diagnoses and treatment beyond what the claims put in issue")
        { Example = "The records describe the plaintiff's psychiatric diagnoses and treatment, including matters unrelated to the distress claimed; anyone reading the docket would learn them.", Fits = Privacy },
        // Said of anyone's records: the employees may be parties or officials (an officer sued with the city), and their
        // records still hold matters apart from the claims.
        [InformationKind.PersonnelRecord] = new("whose personnel records they are (and whether those employees are parties) and what they hold (discipline, evaluations, pay)",
            "the employees' complaints, discipline or pay, apart from anything the claims turn on, would become public")
        { Example = "The exhibit holds the personnel files of employees who are not parties, including their discipline and evaluations.", Fits = Privacy },
        [InformationKind.HomeAddress] = new("whose address it is",
            "someone who has threatened or harassed the person could find them (say what has happened)")
        { Example = "The declaration gives the home address of a witness who has received threats; those who threatened her would use it to locate her.", Fits = Personal },
        [InformationKind.MinorIdentity] = new("that the person is a minor, and what the filing reveals about the child",
            "the child would be identified with what the filing says (abuse, health, discipline)")
        { Example = "The exhibit names the minor child and describes the abuse she suffered.", Fits = Personal },
        [InformationKind.VictimIdentity] = new("that the person is a victim, and of what",
            "the victim would be identified with the offence, or found by the offender")
        { Example = "The exhibit names the victim of the assault; her assailant's associates would use it to locate and harass her.", Fits = Personal },
    };

    /// <summary>Every kind with advice of its own, and its advice (for the tests that read each example).</summary>
    public static IEnumerable<KeyValuePair<InformationKind, Advice>> All => ByKind;

    /// <summary>The advice for the first of the kinds that has any, in the order given.</summary>
    public static Advice? For(IEnumerable<InformationKind> kinds)
    {
        var given = kinds.ToList();
        // A licence's prices are its royalties: its own advice speaks to a licensee, the price list's to a seller.
        if (given.Contains(InformationKind.LicensingTerms)) given = [.. given.Where(k => k != InformationKind.PricingTerms)];
        return given.Select(k => ByKind.GetValueOrDefault(k) is { } a ? a with { Kind = k } : null).FirstOrDefault(a => a is not null);
    }
}
