using SealingRules.Model;

namespace SealingRules.WhatIf;

/// <summary>
/// The harms a movant could truly claim for a kind of information, by whom it concerns: the what-if proposes a
/// different reason only from this table, so it never suggests "safety" for settlement terms or "embarrassment instead
/// of competitive harm" for a company's prices as if a party could choose its harm. The table is documented in
/// docs/what-if.md and checked against every harm real movants claimed in the case base.
/// </summary>
public static class PlausibleHarms
{
    // What anyone may say of any information: that it would be misused, embarrass, hurt a reputation, incriminate or
    // invite more litigation. Most never suffice alone, but they are claims parties make (Kamakana at 1179), and the
    // what-if never proposes one of those.
    private static readonly HarmKind[] Anyone =
        [HarmKind.ImproperUse, HarmKind.Embarrassment, HarmKind.Reputational, HarmKind.Incrimination, HarmKind.FurtherLitigation];

    /// <summary>Whether anyone may claim this harm of anything (the what-if never proposes it as a reason to give).</summary>
    public static bool AnyoneMayClaim(HarmKind kind) => Anyone.Contains(kind);

    /// <summary>The harm kinds that can plausibly attach to information of this kind about this subject.</summary>
    public static IReadOnlySet<HarmKind> For(InformationKind kind, Subject about, PartyType? party = null)
    {
        var set = new HashSet<HarmKind>(Anyone);
        set.UnionWith(ByKind(kind, about, party));
        if (IsAPerson(about, party))
        {
            // A person's information is theirs to keep private (a party may be a person: its own finances, its own
            // settlement), except what is a business's by nature.
            if (!IsABusinesssByNature(kind)) set.Add(HarmKind.Privacy);
            // Money paid to a private person or a child draws those who would prey on it.
            if (about is Subject.PrivateIndividual or Subject.Minor && kind is InformationKind.SettlementTerms or InformationKind.FinancialData)
                set.Add(HarmKind.Safety);
        }
        else
        {
            // Persecution is people's, not a business's or an agency's (a party that is one too); so is privacy, except
            // that of the people an agency's file names (which the table gives by kind).
            set.Remove(HarmKind.Persecution);
            if (kind is not InformationKind.InvestigativeFile) set.Remove(HarmKind.Privacy);
            // Whatever a business holds can be claimed to help its competitors.
            if (about is Subject.NonPartyBusiness) set.Add(HarmKind.CompetitiveHarm);
        }
        // A party's own information may be a business's: its competitors are a claim it can make.
        if (about is Subject.Party && Taxonomy.IsInstitutionalInformation(kind)) set.Add(HarmKind.CompetitiveHarm);
        return set;
    }

    /// <summary>The harms a party could set out to show for this information: the plausible ones beyond what anyone may say of anything.</summary>
    public static IReadOnlySet<HarmKind> Particular(InformationKind kind, Subject about, PartyType? party = null)
    {
        var set = new HashSet<HarmKind>(For(kind, about, party));
        set.ExceptWith(Anyone.Except(ByKind(kind, about, party)));
        return set;
    }

    /// <summary>
    /// The harms given, the kind's own first in the table's order (a price list's competitors before anyone's privacy), so
    /// that the reason the what-if offers first is the one a party holding such information would most likely give.
    /// </summary>
    public static IEnumerable<HarmKind> KindsOwnFirst(InformationKind kind, Subject about, PartyType? party, IEnumerable<HarmKind> harms)
    {
        // A person's own information is private first (as For adds it), then what the table lists for the kind; a party's
        // information of a business's kind (its settlements, its finances) is the business's first.
        var privateFirst = IsAPerson(about, party) && !IsABusinesssByNature(kind) && !(about == Subject.Party && Taxonomy.IsInstitutionalInformation(kind));
        HarmKind[] own = privateFirst ? [HarmKind.Privacy, .. ByKind(kind, about, party)] : ByKind(kind, about, party);
        return harms.Select((h, n) => (h, n)).OrderBy(x => Array.IndexOf(own, x.h) is var i and >= 0 ? i : own.Length + x.n).Select(x => x.h);
    }

    // What only a business holds: its secrets, code and technical data, and its contracts' prices and licences. A person's
    // own finances, settlement or dealings may be private (real movants claimed privacy for customer lists, for the
    // customers, and for a person's confidential transaction); a price list is not anyone's privacy.
    private static bool IsABusinesssByNature(InformationKind kind) => Taxonomy.IsSecretByNature(kind) || Taxonomy.IsContractPricing(kind);

    /// <summary>Whether every piece of information a harm concerns could plausibly carry it.</summary>
    public static bool Fits(HarmKind harm, IEnumerable<(InformationKind Kind, Subject About, PartyType? Party)> infos)
        => infos.All(i => For(i.Kind, i.About, i.Party).Contains(harm));

    private static bool IsAPerson(Subject about, PartyType? party) => Taxonomy.IsAPerson(about, party);

    private static HarmKind[] ByKind(InformationKind kind, Subject about, PartyType? party) => kind switch
    {
        // Business information: competitors; secrets; for code and technical data, an attacker's opening.
        InformationKind.TradeSecret or InformationKind.PricingTerms or InformationKind.LicensingTerms or
        InformationKind.FinancialData or InformationKind.CustomerInformation or InformationKind.BusinessStrategy =>
            [HarmKind.CompetitiveHarm, HarmKind.TradeSecretDisclosure],
        InformationKind.SourceCode or InformationKind.TechnicalInformation =>
            [HarmKind.CompetitiveHarm, HarmKind.TradeSecretDisclosure, HarmKind.SecurityVulnerability],
        InformationKind.InternalPolicy =>
            [HarmKind.CompetitiveHarm, HarmKind.TradeSecretDisclosure, HarmKind.SecurityVulnerability, HarmKind.FurtherLitigation,
             HarmKind.LawEnforcementInterference, HarmKind.Safety],
        // A settlement: its terms in the next negotiation, and the claims of those who would want the same.
        // A private person's or a child's settlement has no competitors to fear; what it draws is the people who would
        // prey on the money (safety, added for people below) and others' claims.
        InformationKind.SettlementTerms => about is Subject.PrivateIndividual or Subject.Minor
            ? [HarmKind.FurtherLitigation]
            : [HarmKind.CompetitiveHarm, HarmKind.FurtherLitigation],

        // A government's operations: security and enforcement; where people are, their safety.
        InformationKind.OperationalData or InformationKind.ContingencyPlan or InformationKind.SecurityProcedure =>
            [HarmKind.SecurityVulnerability, HarmKind.LawEnforcementInterference, HarmKind.Safety],
        // A technique may be a vendor's secret as well as the agency's.
        InformationKind.LawEnforcementTechnique =>
            [HarmKind.SecurityVulnerability, HarmKind.LawEnforcementInterference, HarmKind.Safety, HarmKind.TradeSecretDisclosure],
        InformationKind.AgentLocations =>
            [HarmKind.SecurityVulnerability, HarmKind.LawEnforcementInterference, HarmKind.Safety],
        InformationKind.InvestigativeFile =>
            [HarmKind.LawEnforcementInterference, HarmKind.Safety, HarmKind.Privacy, HarmKind.Incrimination],
        // An agency's opinions may touch its enforcement and security; a business's or a person's deliberations do not
        // (a business's are its plans, which its competitors would want: added for businesses below).
        InformationKind.InternalOpinions => about is Subject.NonPartyBusiness or Subject.PrivateIndividual or Subject.Minor
            ? []
            : [HarmKind.LawEnforcementInterference, HarmKind.SecurityVulnerability],

        // Who a person is and how to reach them: their safety, persecution where they fled it, the work of those who
        // investigate (an informant's or an officer's name), and a customer list's worth as a secret.
        // A name may be a business's secret (its counterparties' contacts, as in FTC v. Noland); a private person's
        // identification number is no one's trade secret.
        // A party's own name is on the caption, no one's secret (a prisoner's habeas petition was offered "trade secrets").
        InformationKind.Name or InformationKind.IdentificationNumber => (kind == InformationKind.IdentificationNumber && about is Subject.PrivateIndividual or Subject.Minor)
                || (kind == InformationKind.Name && about == Subject.Party)
            ? [HarmKind.Safety, HarmKind.Persecution, HarmKind.LawEnforcementInterference, HarmKind.Incrimination]
            : [HarmKind.Safety, HarmKind.Persecution, HarmKind.LawEnforcementInterference, HarmKind.Incrimination, HarmKind.TradeSecretDisclosure],
        InformationKind.HomeAddress or InformationKind.PhoneNumber or InformationKind.EmailAddress or
        InformationKind.EmergencyContact or InformationKind.MinorIdentity or InformationKind.VictimIdentity =>
            [HarmKind.Safety, HarmKind.Persecution],
        InformationKind.Ssn or InformationKind.TaxpayerId or InformationKind.FinancialAccount or InformationKind.Birthdate =>
            IsAPerson(about, party) ? [HarmKind.Safety, HarmKind.Persecution] : [HarmKind.CompetitiveHarm],

        // What describes a person: the details that let others find them, what could be held against them, and an
        // investigation the records are part of.
        InformationKind.CriminalHistory or InformationKind.ImmigrationStatus => about is Subject.PrivateIndividual or Subject.Minor
            ? [HarmKind.Safety, HarmKind.Persecution, HarmKind.Incrimination]
            : [HarmKind.Safety, HarmKind.Persecution, HarmKind.Incrimination, HarmKind.LawEnforcementInterference],
        InformationKind.PersonnelRecord => [HarmKind.Safety, HarmKind.FurtherLitigation, HarmKind.LawEnforcementInterference],
        InformationKind.Occupation or InformationKind.CityOfOrigin or InformationKind.CountryOfOrigin or InformationKind.Gender or
        InformationKind.SexualOrientation or InformationKind.Education or InformationKind.BloodType or
        InformationKind.IdentificationDocumentType or
        InformationKind.TravelDetails or InformationKind.PersecutionCategory => about is Subject.PrivateIndividual or Subject.Minor
            // A private person's gender or schooling tells no one how the authorities work.
            ? [HarmKind.Safety, HarmKind.Persecution]
            : [HarmKind.Safety, HarmKind.Persecution, HarmKind.LawEnforcementInterference],
        // A person's health is theirs: disclosure can endanger or expose them (an HIV status, a diagnosis), never an
        // investigation.
        InformationKind.Medical or InformationKind.MentalHealth => [HarmKind.Safety, HarmKind.Persecution],

        // Nothing known about it: nothing ruled out.
        _ => Enum.GetValues<HarmKind>(),
    };
}
