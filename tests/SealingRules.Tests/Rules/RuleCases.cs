using SealingRules.Model;
using SealingRules.Rules.Access;
using SealingRules.Rules.Balancing;
using SealingRules.Rules.CompellingReasons;
using SealingRules.Rules.CourtsOwnReview;
using SealingRules.Rules.GoodCause;
using SealingRules.Rules.NarrowTailoring;
using SealingRules.Rules.Particularity;
using SealingRules.Rules.PrivateIndividuals;
using SealingRules.Rules.Privilege;
using SealingRules.Rules.PublicOfficials;
using SealingRules.Rules.Remedies;
using SealingRules.Rules.Rule52;
using SealingRules.Rules.Standard;
using SealingRules.Rules.Statutes;
using SealingRules.Rules.Weighing;
using SealingRules.Rules.WhatNeverSuffices;
using static SealingRules.Tests.Support.F;
using IK = SealingRules.Model.InformationKind;
using UF = SealingRules.Model.UnderlyingFiling;

namespace SealingRules.Tests.Rules;

/// <summary>One situation for one rule: the facts, and whether the rule must fire on them.</summary>
public sealed record RuleCase(Type Rule, string Name, bool Fires, params object[] Facts)
{
    public override string ToString() => $"{Rule.Name}: {Name}";
}

/// <summary>
/// For every rule, a situation that makes it fire and a near miss that does not. Each rule is compiled alone,
/// with the upstream conclusions it reads given as facts.
/// </summary>
public static class RuleCases
{
    private static RuleCase Fire(Type rule, string name, params object[] facts) => new(rule, name, true, facts);
    private static RuleCase Miss(Type rule, string name, params object[] facts) => new(rule, name, false, facts);

    private static readonly Standard CR = Standard.CompellingReasons;

    // Reading the showing: a statement, the features the reader found in it, and findings for the resolving rules.
    private static Statement St(HarmKind harm = HarmKind.CompetitiveHarm, IK kind = IK.PricingTerms, Subject about = Subject.Party, bool readable = true)
        => new("s", "i", 0, harm, [kind], [about]) { Readable = readable };

    private static StatementFeature Ft(Feature feature, string quote = "the words") => new("s", feature, quote);

    private static ParticularityFinding Pf(Showing showing, string rule = "test") => new("s", showing, Step.Of(rule, "given"), "a given finding");
    private static readonly Standard GC = Standard.GoodCause;

    public static IEnumerable<RuleCase> All =>
    [
        // access
        Fire(typeof(StrongPresumptionOfAccess), "ordinary record", Motion(), Item()),
        Miss(typeof(StrongPresumptionOfAccess), "only grand jury transcripts", Motion(), Item(secret: TraditionallySecret.GrandJuryTranscript)),
        Fire(typeof(MovantBearsTheBurden), "ordinary record", Motion(), Item()),
        Miss(typeof(MovantBearsTheBurden), "only warrant materials", Motion(), Item(secret: TraditionallySecret.PreIndictmentWarrantMaterials)),
        Miss(typeof(MovantBearsTheBurden), "a motion to unseal (its own rule)", Motion() with { Posture = Posture.MotionToUnseal }, Item()),
        Fire(typeof(BurdenStaysOnUnsealing), "the press moves to unseal", Motion() with { Posture = Posture.MotionToUnseal, UnsealMovant = UnsealMovant.Press }, Item()),
        Miss(typeof(BurdenStaysOnUnsealing), "a motion to seal", Motion(), Item()),
        Fire(typeof(UnopposedIsNotEnough), "no one opposes", Motion() with { Opposed = false }, Item()),
        Miss(typeof(UnopposedIsNotEnough), "the motion is opposed", Motion() with { Opposed = true }, Item()),
        Fire(typeof(TraditionallySecretRecords), "grand jury transcript", Item(secret: TraditionallySecret.GrandJuryTranscript)),
        Miss(typeof(TraditionallySecretRecords), "ordinary record", Item()),
        Fire(typeof(ItemTakesTheMotionStandard), "ordinary record", Item(), MStd(CR)),
        Miss(typeof(ItemTakesTheMotionStandard), "secret record", Item(secret: TraditionallySecret.GrandJuryTranscript), MStd(CR)),
        Fire(typeof(SecretRecordsAreWithheld), "no presumption", Info(), Std(Standard.NoPresumption)),
        Miss(typeof(SecretRecordsAreWithheld), "compelling reasons", Info(), Std(CR)),

        // standard
        Fire(typeof(MeritsFilingsAreMoreThanTangential), "summary judgment", Motion(UF.SummaryJudgment), Law()),
        Miss(typeof(MeritsFilingsAreMoreThanTangential), "discovery motion", Motion(UF.Discovery), Law()),
        Fire(typeof(PreliminaryInjunctionIsMoreThanTangential), "PI after 2016", Motion(UF.PreliminaryInjunction), Law()),
        Miss(typeof(PreliminaryInjunctionIsMoreThanTangential), "PI before Center for Auto Safety", Motion(UF.PreliminaryInjunction), Law(Before)),
        Fire(typeof(ClassCertificationIsMoreThanTangential), "class certification", Motion(UF.ClassCertification), Law()),
        Miss(typeof(ClassCertificationIsMoreThanTangential), "class certification, user says tangential", Motion(UF.ClassCertification, MeritsRelation.Tangential), Law()),
        Fire(typeof(EvidentiaryMotionsAreMoreThanTangential), "Daubert", Motion(UF.Daubert), Law()),
        Miss(typeof(EvidentiaryMotionsAreMoreThanTangential), "trial", Motion(UF.Trial), Law()),
        Fire(typeof(DiscoveryMotionsAreTangential), "discovery", Motion(UF.Discovery), Law()),
        Miss(typeof(DiscoveryMotionsAreTangential), "unfiled discovery", Motion(UF.UnfiledDiscovery), Law()),
        Fire(typeof(UnclassifiedFilingsArePresumedToGoToTheMerits), "sanctions", Motion(UF.Sanctions), Law()),
        Miss(typeof(UnclassifiedFilingsArePresumedToGoToTheMerits), "sanctions, user classified", Motion(UF.Sanctions, MeritsRelation.Tangential), Law()),
        Fire(typeof(StatedRelationGoverns), "user says tangential", Motion(UF.SummaryJudgment, MeritsRelation.Tangential), Law()),
        Miss(typeof(StatedRelationGoverns), "nothing stated", Motion(UF.SummaryJudgment), Law()),
        Fire(typeof(UnfiledDiscoveryIsNotAJudicialRecord), "unfiled discovery", Motion(UF.UnfiledDiscovery)),
        Miss(typeof(UnfiledDiscoveryIsNotAJudicialRecord), "filed discovery motion", Motion(UF.Discovery)),
        Fire(typeof(CompellingReasonsGovernMoreThanTangentialFilings), "more than tangential", Merits(MeritsRelation.MoreThanTangential), Law()),
        Miss(typeof(CompellingReasonsGovernMoreThanTangentialFilings), "tangential", Merits(MeritsRelation.Tangential), Law()),
        Miss(typeof(CompellingReasonsGovernMoreThanTangentialFilings), "more than tangential, before 2016", Merits(MeritsRelation.MoreThanTangential), Law(Before)),
        Fire(typeof(GoodCauseGovernsTangentialFilings), "tangential", Merits(MeritsRelation.Tangential), Law()),
        Miss(typeof(GoodCauseGovernsTangentialFilings), "more than tangential", Merits(MeritsRelation.MoreThanTangential), Law()),
        Miss(typeof(GoodCauseGovernsTangentialFilings), "tangential, before 2016", Merits(MeritsRelation.Tangential), Law(Before)),
        Fire(typeof(CompellingReasonsForDispositiveFilingsBefore2016), "dispositive, 2014", Merits(MeritsRelation.MoreThanTangential), Law(Before)),
        Miss(typeof(CompellingReasonsForDispositiveFilingsBefore2016), "dispositive, 2019", Merits(MeritsRelation.MoreThanTangential), Law()),
        Fire(typeof(GoodCauseForNonDispositiveFilingsBefore2016), "non-dispositive, 2014", Merits(MeritsRelation.Tangential), Law(Before)),
        Miss(typeof(GoodCauseForNonDispositiveFilingsBefore2016), "dispositive, 2014", Merits(MeritsRelation.MoreThanTangential), Law(Before)),
        Fire(typeof(AssumedNonDispositiveBefore2016), "sanctions, 2014", Motion(UF.Sanctions), Law(Before)),
        Miss(typeof(AssumedNonDispositiveBefore2016), "sanctions, 2019", Motion(UF.Sanctions), Law()),
        Fire(typeof(WhatCompellingReasonsRequire), "compelling reasons", MStd(CR), Item()),
        Miss(typeof(WhatCompellingReasonsRequire), "good cause", MStd(GC), Item()),
        Fire(typeof(WhatGoodCauseRequires), "good cause", MStd(GC), Item()),
        Miss(typeof(WhatGoodCauseRequires), "compelling reasons", MStd(CR), Item()),
        Fire(typeof(EarlierFilingOnThisDocket), "public only on this docket", Item(alreadyPublic: true) with { PublicVia = PublicVia.ThisDocket }),
        Miss(typeof(EarlierFilingOnThisDocket), "public from outside sources", Item(alreadyPublic: true) with { PublicVia = PublicVia.OutsideSources }),
        Fire(typeof(DispositiveMotionsBeforeCenterForAutoSafety), "summary judgment in 2014", Motion(UF.SummaryJudgment), Law(Before)),
        Miss(typeof(DispositiveMotionsBeforeCenterForAutoSafety), "summary judgment in 2019", Motion(UF.SummaryJudgment), Law()),
        Fire(typeof(NonDispositiveMotionsBeforeCenterForAutoSafety), "PI in 2014", Motion(UF.PreliminaryInjunction), Law(Before)),
        Miss(typeof(NonDispositiveMotionsBeforeCenterForAutoSafety), "summary judgment in 2014", Motion(UF.SummaryJudgment), Law(Before)),

        // compelling reasons: showings
        Fire(typeof(ConclusoryShowingIsNotCompelling), "conclusory privacy", Claim(HarmKind.Privacy, Showing.Conclusory), Std(CR)),
        Miss(typeof(ConclusoryShowingIsNotCompelling), "conclusory under good cause", Claim(HarmKind.Privacy, Showing.Conclusory), Std(GC)),
        Fire(typeof(GeneralizedConcernIsNotCompelling), "generalized competitive harm", Claim(HarmKind.CompetitiveHarm, Showing.Generalized), Std(CR)),
        Miss(typeof(GeneralizedConcernIsNotCompelling), "generalized security concern goes elsewhere", Claim(HarmKind.SecurityVulnerability, Showing.Generalized), Std(CR)),
        Fire(typeof(GeneralizedSecurityConcernIsNotCompelling), "generalized security concern", Claim(HarmKind.SecurityVulnerability, Showing.Generalized), Std(CR)),
        Miss(typeof(GeneralizedSecurityConcernIsNotCompelling), "specific security showing", Claim(HarmKind.SecurityVulnerability, Showing.Specific), Std(CR)),
        Fire(typeof(HypotheticalHarmIsNotCompelling), "speculative safety risk", Claim(HarmKind.Safety, Showing.Hypothetical), Std(CR)),
        Miss(typeof(HypotheticalHarmIsNotCompelling), "specific safety risk", Claim(HarmKind.Safety, Showing.Specific), Std(CR)),
        Fire(typeof(UnsupportedAssertionIsNotCompelling), "named but unsupported", Claim(HarmKind.Privacy, Showing.None), Std(CR)),
        Miss(typeof(UnsupportedAssertionIsNotCompelling), "embarrassment named goes elsewhere", Claim(HarmKind.Embarrassment, Showing.None), Std(CR)),
        Fire(typeof(SpecificCompetitiveHarmIsCompelling), "specific competitive harm", Claim(HarmKind.CompetitiveHarm, Showing.Specific), Item(), Std(CR)),
        Miss(typeof(SpecificCompetitiveHarmIsCompelling), "the opponent's material, shown only by the filer",
            Claim(HarmKind.CompetitiveHarm, Showing.Specific), Item() with { DesignatedBy = Designator.OpposingParty }, Std(CR)),
        Miss(typeof(SpecificCompetitiveHarmIsCompelling), "protective order only", Claim(HarmKind.CompetitiveHarm, Showing.Specific), Item(poOnly: true), Std(CR)),
        Miss(typeof(SpecificCompetitiveHarmIsCompelling), "royalty rates go to their own rule",
            Claim(HarmKind.CompetitiveHarm, Showing.Specific), Info(IK.LicensingTerms), Item(), Std(CR)),
        Fire(typeof(PricingAndRoyaltyTermsAreCompelling), "a license's pricing terms, specifically shown",
            Claim(HarmKind.CompetitiveHarm, Showing.Specific), Info(IK.PricingTerms), Item(), Std(CR)),
        Miss(typeof(PricingAndRoyaltyTermsAreCompelling), "customer lists are not contract pricing",
            Claim(HarmKind.CompetitiveHarm, Showing.Specific), Info(IK.CustomerInformation), Item(), Std(CR)),
        Miss(typeof(PricingAndRoyaltyTermsAreCompelling), "pricing terms, generalized showing",
            Claim(HarmKind.CompetitiveHarm, Showing.Generalized), Info(IK.PricingTerms), Item(), Std(CR)),
        Fire(typeof(SpecificSecurityRiskIsCompelling), "specific vulnerability", Claim(HarmKind.SecurityVulnerability, Showing.Specific), Item(), Std(CR)),
        Miss(typeof(SpecificSecurityRiskIsCompelling), "generalized vulnerability", Claim(HarmKind.SecurityVulnerability, Showing.Generalized), Item(), Std(CR)),
        Fire(typeof(SpecificRiskToPersonsIsCompelling), "specific persecution risk", Claim(HarmKind.Persecution, Showing.Specific), Info(IK.Name, Subject.PrivateIndividual), Item(), Std(CR)),
        Miss(typeof(SpecificRiskToPersonsIsCompelling), "specific risk under good cause", Claim(HarmKind.Persecution, Showing.Specific), Info(IK.Name, Subject.PrivateIndividual), Item(), Std(GC)),
        Fire(typeof(SpecificRiskToPersonsIsCompelling), "informants' safety in an agency's file", Claim(HarmKind.Safety, Showing.Specific), Info(IK.InvestigativeFile, Subject.GovernmentAgency), Item(), Std(CR)),
        Miss(typeof(SpecificRiskToPersonsIsCompelling), "a company's 'privacy'", Claim(HarmKind.Privacy, Showing.Specific), Info(IK.BusinessStrategy, Subject.NonPartyBusiness), Item(), Std(CR)),
        Fire(typeof(EntitiesHaveNoPersonalPrivacy), "an agency's 'privacy'", Claim(HarmKind.Privacy, Showing.Specific), Info(IK.InternalPolicy, Subject.GovernmentAgency), Std(CR)),
        Miss(typeof(EntitiesHaveNoPersonalPrivacy), "a person's privacy", Claim(HarmKind.Privacy, Showing.Specific), Info(IK.Medical, Subject.PrivateIndividual), Std(CR)),
        Fire(typeof(UnlikeSealedSecurityDetails), "generalized concern over queue data", Claim(HarmKind.SecurityVulnerability, Showing.Generalized), Info(IK.OperationalData, Subject.GovernmentAgency), Std(CR)),
        Miss(typeof(UnlikeSealedSecurityDetails), "where agents are posted", Claim(HarmKind.SecurityVulnerability, Showing.Generalized), Info(IK.AgentLocations, Subject.GovernmentAgency), Std(CR)),
        Fire(typeof(InnocuousOnReview), "the court read it and found nothing", Info(IK.InternalOpinions, Subject.GovernmentAgency) with { CourtReview = CourtReview.Innocuous }, Item()),
        Miss(typeof(InnocuousOnReview), "no review stated", Info(IK.InternalOpinions, Subject.GovernmentAgency), Item()),
        Fire(typeof(HarmBorneOutOnReview), "the court read it and found trade secrets", Info() with { CourtReview = CourtReview.Harmful }, Item()),
        Miss(typeof(HarmBorneOutOnReview), "found innocuous", Info() with { CourtReview = CourtReview.Innocuous }, Item()),
        Fire(typeof(SpecificRiskOfImproperUseIsCompelling), "specific libel risk", Claim(HarmKind.ImproperUse, Showing.Specific), Item(), Std(CR)),
        Miss(typeof(SpecificRiskOfImproperUseIsCompelling), "conclusory libel risk", Claim(HarmKind.ImproperUse, Showing.Conclusory), Item(), Std(CR)),

        // good cause
        Fire(typeof(BroadAllegationsAreNotGoodCause), "generalized harm", Claim(HarmKind.CompetitiveHarm, Showing.Generalized), Std(GC)),
        Miss(typeof(BroadAllegationsAreNotGoodCause), "specific harm", Claim(HarmKind.CompetitiveHarm, Showing.Specific), Std(GC)),
        Fire(typeof(PersonnelRecordsAreGoodCause), "an employee's disciplinary file, good cause",
            Info(IK.PersonnelRecord, Subject.PrivateIndividual), Claim(HarmKind.Privacy, Showing.Generalized), Item(), Std(GC)),
        Miss(typeof(PersonnelRecordsAreGoodCause), "the same file under compelling reasons",
            Info(IK.PersonnelRecord, Subject.PrivateIndividual), Claim(HarmKind.Privacy, Showing.Generalized), Item(), Std(CR)),
        Miss(typeof(PersonnelRecordsAreGoodCause), "a senior official's record",
            Info(IK.PersonnelRecord, Subject.PublicOfficial, seniority: Seniority.Senior), Claim(HarmKind.Privacy, Showing.Generalized), Item(), Std(GC)),
        Fire(typeof(SpecificCommercialHarmIsGoodCause), "specific commercial harm", Claim(HarmKind.TradeSecretDisclosure, Showing.Specific), Item(), Std(GC)),
        Miss(typeof(SpecificCommercialHarmIsGoodCause), "under compelling reasons", Claim(HarmKind.TradeSecretDisclosure, Showing.Specific), Item(), Std(CR)),
        Fire(typeof(SpecificHarmIsGoodCause), "specific embarrassment", Claim(HarmKind.Embarrassment, Showing.Specific), Item(), Std(GC)),
        Miss(typeof(SpecificHarmIsGoodCause), "conclusory embarrassment", Claim(HarmKind.Embarrassment, Showing.Conclusory), Item(), Std(GC)),

        // what never suffices
        Fire(typeof(EmbarrassmentAloneIsNotCompelling), "embarrassment under compelling reasons", Claim(HarmKind.Embarrassment, Showing.Specific), Std(CR)),
        Miss(typeof(EmbarrassmentAloneIsNotCompelling), "embarrassment under good cause", Claim(HarmKind.Embarrassment, Showing.Specific), Std(GC)),
        Fire(typeof(ProtectiveOrderDesignationIsNotAReason), "designation only", Info(), Item(poOnly: true)),
        Miss(typeof(ProtectiveOrderDesignationIsNotAReason), "a reason besides the designation", Info(), Item()),
        Fire(typeof(ConfidentialityAgreementIsNotAReason), "a settlement's confidentiality clause", Info(IK.SettlementTerms, Subject.Party), Item() with { RestsOn = [Ground.ConfidentialityAgreement] }),
        Miss(typeof(ConfidentialityAgreementIsNotAReason), "a statute, not an agreement", Info(IK.SettlementTerms, Subject.Party), Item() with { RestsOn = [Ground.Statute] }),
        Fire(typeof(EarlierSealingIsNotAReason), "sealed by another court", Info(), Item() with { RestsOn = [Ground.SealedElsewhere] }),
        Miss(typeof(EarlierSealingIsNotAReason), "a grand-jury record, secret by tradition", Info(), Item(secret: TraditionallySecret.GrandJuryTranscript) with { RestsOn = [Ground.SealedElsewhere] }),

        // privilege and statutes
        Fire(typeof(PrivilegeShownIsAReason), "privilege shown with specific facts", Info(IK.Other), Item() with { RestsOn = [Ground.Privilege] }, Claim(HarmKind.Privacy, Showing.Specific)),
        Miss(typeof(PrivilegeShownIsAReason), "privilege only asserted", Info(IK.Other), Item() with { RestsOn = [Ground.Privilege] }, Claim(HarmKind.Privacy, Showing.Conclusory)),
        Fire(typeof(PrivilegeAssertedIsNotShown), "privilege only asserted", Info(IK.Other), Item() with { RestsOn = [Ground.Privilege] }, Claim(HarmKind.Privacy, Showing.Conclusory)),
        Miss(typeof(PrivilegeAssertedIsNotShown), "privilege shown with specific facts", Info(IK.Other), Item() with { RestsOn = [Ground.Privilege] }, Claim(HarmKind.Privacy, Showing.Specific)),
        Fire(typeof(StatuteAloneIsNotDecisive), "HIPAA offered as the reason", Info(IK.Medical, Subject.PrivateIndividual), Item() with { RestsOn = [Ground.Statute], Statute = StatuteKind.OtherFederal }),
        Miss(typeof(StatuteAloneIsNotDecisive), "no statute relied on", Info(IK.Medical, Subject.PrivateIndividual), Item()),
        Fire(typeof(NoReasonOffered), "no harm claimed", Info(), Item()),
        Miss(typeof(NoReasonOffered), "a harm claimed", Info(), Item(), Claim(HarmKind.Privacy, Showing.Generalized)),
        Fire(typeof(AlreadyPublicInformation), "already public", Info(), Item(alreadyPublic: true)),
        Miss(typeof(AlreadyPublicInformation), "not public", Info(), Item()),
        Miss(typeof(AlreadyPublicInformation), "public only on this docket", Info(), Item(alreadyPublic: true) with { PublicVia = PublicVia.ThisDocket }),

        Fire(typeof(DocumentsNotBeforeTheCourt), "a blanket request for medical records the court was not given",
            Info(IK.Medical, Subject.PrivateIndividual), Item() with { NotSubmitted = true }, Claim(HarmKind.Privacy, Showing.Specific)),
        Miss(typeof(DocumentsNotBeforeTheCourt), "the same records, lodged with the motion",
            Info(IK.Medical, Subject.PrivateIndividual), Item(), Claim(HarmKind.Privacy, Showing.Specific)),

        Fire(typeof(OtherPartysDesignationLeftUnsupported), "opponent's designation, opponent silent",
            Info(), Item() with { DesignatedBy = Designator.OpposingParty }, Claim(HarmKind.CompetitiveHarm, Showing.Specific)),
        Miss(typeof(OtherPartysDesignationLeftUnsupported), "opponent's designation, opponent supports it",
            Info(), Item() with { DesignatedBy = Designator.OpposingParty }, Claim(HarmKind.CompetitiveHarm, Showing.Specific) with { OfferedBy = OfferedBy.DesignatingParty }),

        // Rule 5.2
        Fire(typeof(MandatoryPrivacyRedactions), "a party's Social Security number", Info(IK.Ssn, Subject.Party), Law()),
        Miss(typeof(MandatoryPrivacyRedactions), "a company's taxpayer number", Info(IK.TaxpayerId, Subject.NonPartyBusiness), Law()),
        Fire(typeof(MandatoryPrivacyRedactions), "a company's bank account number (5.2(a)(4) names no holder)", Info(IK.FinancialAccount, Subject.NonPartyBusiness), Law()),
        Fire(typeof(MandatoryPrivacyRedactions), "a minor's identity, given without a form (a name)", Info(IK.MinorIdentity, Subject.Minor), Law()),
        Miss(typeof(MandatoryPrivacyRedactions), "a minor seen in a video, not named", Info(IK.MinorIdentity, Subject.Minor) with { Form = IdentityForm.Image }, Law()),
        Miss(typeof(MandatoryPrivacyRedactions), "a minor already shown by initials", Info(IK.Name, Subject.Minor) with { Form = IdentityForm.Initials }, Law()),
        Miss(typeof(MandatoryPrivacyRedactions), "a Social Security number filed before Rule 5.2 took effect", Info(IK.Ssn, Subject.Party), Law(new DateOnly(2006, 5, 1))),
        Miss(typeof(MandatoryPrivacyRedactions), "in the record of an agency proceeding (5.2(b)(2))",
            Info(IK.Ssn, Subject.Party), Item() with { Rule52Exemption = Rule52Exemption.AgencyRecord }, Law()),
        Miss(typeof(MandatoryPrivacyRedactions), "its owner filed it unredacted (5.2(h))", Info(IK.Birthdate, Subject.Party) with { WaivedByOwner = true }, Law()),
        Miss(typeof(MandatoryPrivacyRedactions), "the court ordered otherwise", Info(IK.Birthdate, Subject.Party) with { UnredactedByOrder = true }, Law()),
        Fire(typeof(ExemptFilings), "a birth date in a state-court record", Info(IK.Birthdate, Subject.PrivateIndividual),
            Item() with { Rule52Exemption = Rule52Exemption.StateCourtRecord }, Law()),
        Miss(typeof(ExemptFilings), "a birth date in an ordinary exhibit", Info(IK.Birthdate, Subject.PrivateIndividual), Item(), Law()),
        Fire(typeof(OwnersWaiver), "a plaintiff who filed her own account number", Info(IK.FinancialAccount, Subject.Party) with { WaivedByOwner = true }, Law()),
        Miss(typeof(OwnersWaiver), "a waived phone number is not a Rule 5.2 identifier", Info(IK.PhoneNumber, Subject.Party) with { WaivedByOwner = true }, Law()),

        // public officials
        Fire(typeof(OfficialsKeepPrivacyInTheirPhoneNumbers), "senior official's phone", Info(IK.PhoneNumber, Subject.PublicOfficial, seniority: Seniority.Senior)),
        Miss(typeof(OfficialsKeepPrivacyInTheirPhoneNumbers), "agency's phone line", Info(IK.PhoneNumber, Subject.GovernmentAgency)),
        Fire(typeof(LowerLevelOfficialsHaveStrongerPrivacy), "lower-level official's phone", Info(IK.PhoneNumber, Subject.PublicOfficial, seniority: Seniority.LowerLevel)),
        Miss(typeof(LowerLevelOfficialsHaveStrongerPrivacy), "senior official's phone", Info(IK.PhoneNumber, Subject.PublicOfficial, seniority: Seniority.Senior)),
        Fire(typeof(OfficialEmailAddressesStayPublic), "official account", Info(IK.EmailAddress, Subject.PublicOfficial, channel: Channel.Official)),
        Miss(typeof(OfficialEmailAddressesStayPublic), "official account but names withheld too",
            Info(IK.EmailAddress, Subject.PublicOfficial, channel: Channel.Official), Info(IK.Name, Subject.PublicOfficial, id: "n2")),
        Fire(typeof(UnstatedChannelIsAssumedOfficial), "channel not stated", Info(IK.EmailAddress, Subject.PublicOfficial)),
        Miss(typeof(UnstatedChannelIsAssumedOfficial), "channel stated", Info(IK.EmailAddress, Subject.PublicOfficial, channel: Channel.Official)),
        Fire(typeof(OfficialsPersonalEmailIsPrivate), "personal account", Info(IK.EmailAddress, Subject.PublicOfficial, channel: Channel.Personal)),
        Miss(typeof(OfficialsPersonalEmailIsPrivate), "official account", Info(IK.EmailAddress, Subject.PublicOfficial, channel: Channel.Official)),

        // private individuals
        Fire(typeof(PersonalContactDetailsArePrivate), "non-party's home address", Info(IK.HomeAddress, Subject.PrivateIndividual)),
        Miss(typeof(PersonalContactDetailsArePrivate), "home address at issue", Info(IK.HomeAddress, Subject.PrivateIndividual, atIssue: true)),
        Fire(typeof(IdentifyingDetailsOfPrivateIndividuals), "asylum seeker's name, persecution claimed",
            Info(IK.Name, Subject.PrivateIndividual), Claim(HarmKind.Persecution, Showing.Generalized)),
        Miss(typeof(IdentifyingDetailsOfPrivateIndividuals), "a party's name", Info(IK.Name, Subject.Party), Claim(HarmKind.Privacy, Showing.Specific)),
        Fire(typeof(MinorsAndVictimsIdentities), "minor's identity, unargued", Info(IK.MinorIdentity, Subject.Minor)),
        Miss(typeof(MinorsAndVictimsIdentities), "adult's name", Info(IK.Name, Subject.PrivateIndividual)),
        Fire(typeof(DeidentifiedAttributesStayPublic), "blood type once names are redacted",
            Info(IK.BloodType, Subject.PrivateIndividual), Ruling(true, "n2", kind: IK.Name, about: Subject.PrivateIndividual)),
        Miss(typeof(DeidentifiedAttributesStayPublic), "blood type where no identifier is redacted",
            Info(IK.BloodType, Subject.PrivateIndividual), Ruling(false, "n2", kind: IK.Name, about: Subject.PrivateIndividual)),
        Fire(typeof(MedicalRecordsArePrivate), "a party's medical records, on a general privacy claim",
            Info(IK.Medical, Subject.Party), Claim(HarmKind.Privacy, Showing.Generalized), Item()),
        Miss(typeof(MedicalRecordsArePrivate), "the party put the condition at issue",
            Info(IK.Medical, Subject.Party, atIssue: true), Claim(HarmKind.Privacy, Showing.Generalized), Item()),
        Miss(typeof(MedicalRecordsArePrivate), "a brief that discusses the records",
            Info(IK.Medical, Subject.Party), Info(IK.Other, Subject.Party, id: "n2"), Claim(HarmKind.Privacy, Showing.Generalized), Item()),
        Miss(typeof(MedicalRecordsArePrivate), "a bare assertion", Info(IK.Medical, Subject.Party), Claim(HarmKind.Privacy, Showing.Conclusory), Item()),
        Miss(typeof(DeidentifiedAttributesStayPublic), "a minor's medical records, though the minor's name is redacted",
            Info(IK.Medical, Subject.Minor), Ruling(true, "n2", kind: IK.MinorIdentity, about: Subject.Minor)),
        Miss(typeof(DeidentifiedAttributesStayPublic), "a minor's educational records, though the minor's name is redacted",
            Info(IK.Education, Subject.Minor), Ruling(true, "n2", kind: IK.MinorIdentity, about: Subject.Minor)),
        Fire(typeof(PublicHealthOrSafetyWeighsForDisclosure), "a manufacturer's test data on a safety defect, good cause",
            Info(IK.TechnicalInformation, Subject.Party), Item() with { PublicHealthOrSafety = true }, Std(GC), Finding(Weight.SufficientReason)),
        Miss(typeof(PublicHealthOrSafetyWeighsForDisclosure), "the same data, no public-health concern",
            Info(IK.TechnicalInformation, Subject.Party), Item(), Std(GC), Finding(Weight.SufficientReason)),
        Miss(typeof(PublicHealthOrSafetyWeighsForDisclosure), "a private person's medical records",
            Info(IK.Medical, Subject.PrivateIndividual), Item() with { PublicHealthOrSafety = true }, Std(GC), Finding(Weight.SufficientReason)),
        Fire(typeof(HealthRecordsPutAtIssue), "a plaintiff's medical records, at issue",
            Info(IK.Medical, Subject.Party, atIssue: true), Claim(HarmKind.Privacy, Showing.Generalized)),
        Miss(typeof(HealthRecordsPutAtIssue), "not at issue",
            Info(IK.Medical, Subject.Party, atIssue: false), Claim(HarmKind.Privacy, Showing.Generalized)),
        Fire(typeof(UnstatedAtIssueIsNotAssumed), "at issue not stated",
            Info(IK.Medical, Subject.Party) with { AtIssue = null }, Claim(HarmKind.Privacy, Showing.Generalized)),
        Miss(typeof(UnstatedAtIssueIsNotAssumed), "stated not at issue",
            Info(IK.Medical, Subject.Party, atIssue: false), Claim(HarmKind.Privacy, Showing.Generalized)),
        Fire(typeof(MinorsRecordsStayPrivate), "a child's IDEA record, specific privacy showing",
            Info(IK.Education, Subject.Minor), Claim(HarmKind.Privacy, Showing.Specific), Item()),
        Miss(typeof(MinorsRecordsStayPrivate), "a bare assertion",
            Info(IK.Education, Subject.Minor), Claim(HarmKind.Privacy, Showing.Conclusory), Item()),
        Miss(typeof(MinorsRecordsStayPrivate), "an adult's educational records",
            Info(IK.Education, Subject.Party), Claim(HarmKind.Privacy, Showing.Specific), Item()),
        Miss(typeof(PersonalContactDetailsArePrivate), "another party's designation it has not supported",
            Info(IK.HomeAddress, Subject.PrivateIndividual), new UnsupportedDesignation("n")),
        Fire(typeof(LowerLevelOfficialsNamesMayBeWithheld), "a non-party deputy named in another's discipline",
            Info(IK.Name, Subject.PublicOfficial, seniority: Seniority.LowerLevel), Claim(HarmKind.Privacy, Showing.Conclusory)),
        Miss(typeof(LowerLevelOfficialsNamesMayBeWithheld), "a senior official's name",
            Info(IK.Name, Subject.PublicOfficial, seniority: Seniority.Senior), Claim(HarmKind.Privacy, Showing.Specific)),
        Miss(typeof(LowerLevelOfficialsNamesMayBeWithheld), "the deputy's conduct is central to the case",
            Info(IK.Name, Subject.PublicOfficial, seniority: Seniority.LowerLevel), Claim(HarmKind.Privacy, Showing.Specific),
            Item(interest: PublicInterest.Central)),

        // balancing
        Fire(typeof(CentralPublicInterestOutweighs), "competitive harm in information central to the case",
            Info(IK.BusinessStrategy), Item(interest: PublicInterest.Central), Std(CR), Finding(Weight.SufficientReason), Claim(HarmKind.CompetitiveHarm, Showing.Specific)),
        Miss(typeof(CentralPublicInterestOutweighs), "a licence's pricing terms, though central (In re Electronic Arts)",
            Info(IK.PricingTerms), Item(interest: PublicInterest.Central), Std(CR), Finding(Weight.SufficientReason), Claim(HarmKind.CompetitiveHarm, Showing.Specific)),
        Miss(typeof(CentralPublicInterestOutweighs), "medical records of a plaintiff whose condition is at issue",
            Info(IK.Medical, atIssue: true), Item(), Std(CR), Finding(Weight.SufficientReason), Claim(HarmKind.Privacy, Showing.Specific)),
        Miss(typeof(CentralPublicInterestOutweighs), "trade secret central to the case",
            Info(IK.TradeSecret), Item(interest: PublicInterest.Central), Std(CR), Finding(Weight.SufficientReason), Claim(HarmKind.TradeSecretDisclosure, Showing.Specific)),
        Miss(typeof(CentralPublicInterestOutweighs), "product architecture at issue, shown as competitive harm",
            Info(IK.TechnicalInformation, atIssue: true), Item(), Std(CR), Finding(Weight.SufficientReason), Claim(HarmKind.CompetitiveHarm, Showing.Specific)),

        // weighing
        Fire(typeof(SecretRecordPrevails), "exempt", Info(), Finding(Weight.ExemptFromAccess)),
        Miss(typeof(SecretRecordPrevails), "only a sufficient reason", Info(), Finding(Weight.SufficientReason)),
        Fire(typeof(AccessRequiredPrevails), "already public beats a reason", Info(), Finding(Weight.AccessRequired), Finding(Weight.SufficientReason)),
        Miss(typeof(AccessRequiredPrevails), "exempt record", Info(), Finding(Weight.AccessRequired), Finding(Weight.ExemptFromAccess)),
        Miss(typeof(AccessRequiredPrevails), "a Rule 5.2(a) identifier", Info(), Finding(Weight.AccessRequired), Finding(Weight.RequiredRedaction)),
        Fire(typeof(MandatoryRedactionPrevails), "a birth date already public", Info(IK.Birthdate, Subject.Party), Finding(Weight.RequiredRedaction), Finding(Weight.AccessRequired)),
        Miss(typeof(MandatoryRedactionPrevails), "no Rule 5.2(a) finding", Info(IK.Birthdate, Subject.Party), Finding(Weight.AccessRequired)),
        Miss(typeof(PublicInterestPrevails), "outweighed, but Rule 5.2(a) governs", Info(), Finding(Weight.SufficientReason), Finding(Weight.OutweighedByPublicInterest), Finding(Weight.RequiredRedaction)),
        Fire(typeof(SufficientReasonPrevails), "sufficient reason", Info(), Finding(Weight.SufficientReason), Finding(Weight.InsufficientReason)),
        Miss(typeof(SufficientReasonPrevails), "outweighed", Info(), Finding(Weight.SufficientReason), Finding(Weight.OutweighedByPublicInterest)),
        Fire(typeof(PresumptionOfAccessPrevails), "only failures", Info(), Finding(Weight.InsufficientReason)),
        Miss(typeof(PresumptionOfAccessPrevails), "a sufficient reason", Info(), Finding(Weight.SufficientReason)),
        Fire(typeof(PublicInterestPrevails), "outweighed", Info(), Finding(Weight.SufficientReason), Finding(Weight.OutweighedByPublicInterest)),
        Miss(typeof(PublicInterestPrevails), "not outweighed", Info(), Finding(Weight.SufficientReason)),

        // narrow tailoring
        Fire(typeof(SealWhenNothingMayBePublic), "all withheld", Item(infos: 2), Ruling(true), Ruling(true, "n2")),
        Miss(typeof(SealWhenNothingMayBePublic), "one disclosed", Item(infos: 2), Ruling(true), Ruling(false, "n2")),
        Miss(typeof(SealWhenNothingMayBePublic), "all withheld, but the rest of the document is not confidential", Item(infos: 2) with { Remainder = Remainder.NotConfidential }, Ruling(true), Ruling(true, "n2")),
        Fire(typeof(RedactTheListedPartsOfALargerDocument), "a price table in a supplier agreement, the rest not confidential", Item(infos: 1) with { Remainder = Remainder.NotConfidential }, Ruling(true)),
        Miss(typeof(RedactTheListedPartsOfALargerDocument), "the rest of the document confidential too", Item(infos: 1) with { Remainder = Remainder.Confidential }, Ruling(true)),
        Fire(typeof(RedactRatherThanSeal), "one of two withheld", Item(infos: 2), Ruling(true), Ruling(false, "n2")),
        Miss(typeof(RedactRatherThanSeal), "one ruling still missing", Item(infos: 3), Ruling(true), Ruling(false, "n2")),
        Fire(typeof(FilePubliclyWhenNothingMayBeWithheld), "none withheld", Item(infos: 1), Ruling(false)),
        Miss(typeof(FilePubliclyWhenNothingMayBeWithheld), "one withheld", Item(infos: 1), Ruling(true)),

        // remedies
        Fire(typeof(GrantWhenEveryItemGetsItsRelief), "all full", Motion(items: 2), ItemRuling(Relief.Full), ItemRuling(Relief.Full, "i2")),
        Miss(typeof(GrantWhenEveryItemGetsItsRelief), "one partial", Motion(items: 2), ItemRuling(Relief.Full), ItemRuling(Relief.Partial, "i2")),
        Fire(typeof(DenyWhenNoItemGetsItsRelief), "partial and none, not curable", Motion(items: 2), ItemRuling(Relief.Partial, curable: false), ItemRuling(Relief.None, "i2", curable: false)),
        Miss(typeof(DenyWhenNoItemGetsItsRelief), "one full", Motion(items: 2), ItemRuling(Relief.Full, curable: false), ItemRuling(Relief.None, "i2", curable: false)),
        Miss(typeof(DenyWhenNoItemGetsItsRelief), "curable", Motion(items: 2), ItemRuling(Relief.Partial), ItemRuling(Relief.None, "i2")),
        Fire(typeof(DenyWithoutPrejudiceWhenCurable), "curable", Motion(items: 2), MStd(CR), ItemRuling(Relief.Partial), ItemRuling(Relief.None, "i2")),
        Miss(typeof(DenyWithoutPrejudiceWhenCurable), "not curable", Motion(items: 2), MStd(CR), ItemRuling(Relief.Partial, curable: false), ItemRuling(Relief.None, "i2", curable: false)),
        Fire(typeof(GrantInPartOtherwise), "one full, one none, not curable", Motion(items: 2), ItemRuling(Relief.Full), ItemRuling(Relief.None, "i2", curable: false)),
        Miss(typeof(GrantInPartOtherwise), "all full", Motion(items: 2), ItemRuling(Relief.Full), ItemRuling(Relief.Full, "i2")),
        Miss(typeof(GrantInPartOtherwise), "the denied part curable", Motion(items: 2), ItemRuling(Relief.Full), ItemRuling(Relief.None, "i2")),
        Fire(typeof(GrantInPartWithoutPrejudice), "the denied part curable", Motion(items: 2), MStd(GC), ItemRuling(Relief.Full), ItemRuling(Relief.None, "i2")),
        Miss(typeof(GrantInPartWithoutPrejudice), "the denied part not curable", Motion(items: 2), MStd(GC), ItemRuling(Relief.Full), ItemRuling(Relief.None, "i2", curable: false)),
        Fire(typeof(FileRedactedVersions), "a redacted item, at the order stage",
            new OrderStage(), Motion(), Item(), ItemRuling(Relief.Partial), new MotionRuling("m", Disposition.Denied, true, Step.Of("test", "given")), Ruling(true)),
        Miss(typeof(FileRedactedVersions), "nothing redacted",
            new OrderStage(), Motion(), Item(), ItemRuling(Relief.None), new MotionRuling("m", Disposition.Denied, true, Step.Of("test", "given")), Ruling(false)),
        Fire(typeof(BriefsFollowTheRedactions), "a brief quoting a redacted phone number",
            new OrderStage(), Item("brief") with { RefersTo = ["n"] }, Ruling(true, kind: IK.PhoneNumber)),
        Miss(typeof(BriefsFollowTheRedactions), "the quoted information stays public",
            new OrderStage(), Item("brief") with { RefersTo = ["n"] }, Ruling(false, kind: IK.PhoneNumber)),
        Fire(typeof(CourtsSplitOnWholeDocumentRequests), "a sealing request the court tailored", Motion(), ItemRuling(Relief.Partial) with { TailoredByTheCourt = true }, Item()),
        Miss(typeof(CourtsSplitOnWholeDocumentRequests), "a redaction request granted in part", Motion(), ItemRuling(Relief.Partial), Item(request: RequestKind.Redact)),
        // particularity (reading the movant's words)
        Fire(typeof(HowDisclosureHarmsIsSpecific), "how and what", St(), Ft(Feature.Mechanism), Ft(Feature.ConcreteContent), Ft(Feature.Audience)),
        // Who would misuse it matters less once the words say what the information is and how it would be used ("anyone holding it could decrypt").
        Fire(typeof(HowDisclosureHarmsIsSpecific), "how and what, by anyone", St(), Ft(Feature.Mechanism), Ft(Feature.ConcreteContent), Ft(Feature.VagueActors)),
        Miss(typeof(HowDisclosureHarmsIsSpecific), "what, without how", St(), Ft(Feature.ConcreteContent), Ft(Feature.HarmNamed)),
        Fire(typeof(HowWithoutWhatIsGeneral), "how without what", St(), Ft(Feature.Mechanism)),
        Miss(typeof(HowWithoutWhatIsGeneral), "how and what", St(), Ft(Feature.Mechanism), Ft(Feature.ConcreteContent)),
        Fire(typeof(DesignationAloneIsConclusory), "designated confidential", St(), Ft(Feature.Designation)),
        Miss(typeof(DesignationAloneIsConclusory), "designated, and says how disclosure harms", St(), Ft(Feature.Designation), Ft(Feature.Mechanism)),
        Fire(typeof(AgreementAloneIsConclusory), "agreed to keep it confidential", St(HarmKind.CompetitiveHarm, IK.SettlementTerms), Ft(Feature.Agreement)),
        Miss(typeof(AgreementAloneIsConclusory), "agreement, and how disclosure harms", St(HarmKind.CompetitiveHarm, IK.SettlementTerms), Ft(Feature.Agreement), Ft(Feature.Mechanism)),
        Fire(typeof(BareAssertionIsConclusory), "only 'confidential'", St(), Ft(Feature.ConfidentialLabel)),
        Miss(typeof(BareAssertionIsConclusory), "confidential, and a harm named", St(), Ft(Feature.ConfidentialLabel), Ft(Feature.HarmNamed)),
        Miss(typeof(BareAssertionIsConclusory), "nothing found", St()),
        Fire(typeof(HarmInGeneralTermsIsGeneralized), "competitive harm in general", St(), Ft(Feature.HarmNamed), Ft(Feature.Audience)),
        Miss(typeof(HarmInGeneralTermsIsGeneralized), "the harm and how it follows from the prices", St(), Ft(Feature.HarmNamed), Ft(Feature.Mechanism), Ft(Feature.ConcreteContent)),
        Fire(typeof(UnidentifiedActorsAreGeneralized), "hostile actors", St(HarmKind.SecurityVulnerability, IK.OperationalData, Subject.GovernmentAgency), Ft(Feature.VagueActors)),
        Miss(typeof(UnidentifiedActorsAreGeneralized), "named competitors", St(), Ft(Feature.VagueActors), Ft(Feature.Audience)),
        Fire(typeof(SpeculationIsHypothetical), "could, with no mechanism", St(), Ft(Feature.Speculation)),
        Miss(typeof(SpeculationIsHypothetical), "could, with a mechanism", St(), Ft(Feature.Speculation), Ft(Feature.Mechanism)),
        Fire(typeof(WholeRecordIsGeneralized), "the entire case", St(), Ft(Feature.WholeRecord)),
        Miss(typeof(WholeRecordIsGeneralized), "the entire exhibit, with how and what", St(), Ft(Feature.WholeRecord), Ft(Feature.Mechanism), Ft(Feature.ConcreteContent)),
        Fire(typeof(WholeRecordIsGeneralized), "the entire record, though it holds medical records", St(HarmKind.Privacy, IK.Medical), Ft(Feature.WholeRecord), Ft(Feature.PersonalSubject)),
        Fire(typeof(NoReasonStated), "nothing found", St()),
        Miss(typeof(NoReasonStated), "a harm named", St(), Ft(Feature.HarmNamed)),
        Fire(typeof(NoReasonStated), "only an alternative offered", St(), Ft(Feature.Alternative)),
        Fire(typeof(StatementNotRead), "not English", St(readable: false)),
        Miss(typeof(StatementNotRead), "English", St()),
        Fire(typeof(RiskToPersonsIsSpecific), "persecution of asylum seekers identified", St(HarmKind.Persecution, IK.Name, Subject.PrivateIndividual), Ft(Feature.Threat), Ft(Feature.PersonalSubject)),
        Miss(typeof(RiskToPersonsIsSpecific), "a threat to a business", St(HarmKind.CompetitiveHarm, IK.PricingTerms, Subject.Party), Ft(Feature.Threat), Ft(Feature.Mechanism)),
        Fire(typeof(HealthInformationIsSpecific), "medical records named", St(HarmKind.Privacy, IK.Medical), Ft(Feature.PersonalSubject)),
        Miss(typeof(HealthInformationIsSpecific), "the same words about business information", St(HarmKind.Privacy, IK.BusinessStrategy), Ft(Feature.PersonalSubject)),
        Miss(typeof(HealthInformationIsSpecific), "medical records named, the whole record asked for", St(HarmKind.Privacy, IK.Medical), Ft(Feature.PersonalSubject), Ft(Feature.WholeRecord)),
        Fire(typeof(HealthInformationIsSpecific), "the whole record, or in the alternative the medical records", St(HarmKind.Privacy, IK.Medical), Ft(Feature.PersonalSubject), Ft(Feature.WholeRecord), Ft(Feature.Alternative)),
        Fire(typeof(MinorsInformationIsSpecific), "a minor's privacy", St(HarmKind.Privacy, IK.Education, Subject.Minor), Ft(Feature.PersonalSubject)),
        Miss(typeof(MinorsInformationIsSpecific), "an adult's", St(HarmKind.Privacy, IK.Education, Subject.Party), Ft(Feature.PersonalSubject)),
        Fire(typeof(PersonalIdentifiersAreSpecific), "a social security number", St(HarmKind.Privacy, IK.Ssn), Ft(Feature.PersonalSubject)),
        Fire(typeof(PersonalIdentifiersAreSpecific), "an account number, its misuse claimed", St(HarmKind.ImproperUse, IK.FinancialAccount), Ft(Feature.PersonalSubject)),
        Miss(typeof(PersonalIdentifiersAreSpecific), "an account number, embarrassment claimed", St(HarmKind.Embarrassment, IK.FinancialAccount), Ft(Feature.PersonalSubject)),
        Miss(typeof(PersonalIdentifiersAreSpecific), "a company's tax id", St(HarmKind.Privacy, IK.TaxpayerId, Subject.NonPartyBusiness), Ft(Feature.PersonalSubject)),
        Miss(typeof(PersonalIdentifiersAreSpecific), "a home address, the entire judicial record asked for", St(HarmKind.Safety, IK.HomeAddress), Ft(Feature.PersonalSubject), Ft(Feature.WholeRecord)),
        Fire(typeof(IdentifyingDetailsAreSpecific), "customers' names and phone numbers", St(HarmKind.Privacy, IK.CustomerInformation, Subject.PrivateIndividual), Ft(Feature.PersonalSubject)),
        Fire(typeof(IdentifyingDetailsAreSpecific), "private persons' email addresses, their misuse claimed", St(HarmKind.ImproperUse, IK.EmailAddress, Subject.PrivateIndividual), Ft(Feature.PersonalSubject)),
        Miss(typeof(IdentifyingDetailsAreSpecific), "an official's email address", St(HarmKind.Privacy, IK.EmailAddress, Subject.PublicOfficial), Ft(Feature.PersonalSubject)),
        Miss(typeof(IdentifyingDetailsAreSpecific), "customers' names, the whole case asked for", St(HarmKind.Privacy, IK.CustomerInformation, Subject.PrivateIndividual), Ft(Feature.PersonalSubject), Ft(Feature.WholeRecord)),
        Fire(typeof(OthersPersonnelRecordsAreSpecific), "non-parties' personnel records", St(HarmKind.Privacy, IK.PersonnelRecord, Subject.PrivateIndividual), Ft(Feature.PersonalSubject)),
        Miss(typeof(OthersPersonnelRecordsAreSpecific), "the party's own personnel record", St(HarmKind.Privacy, IK.PersonnelRecord, Subject.Party), Ft(Feature.PersonalSubject)),
        Fire(typeof(OthersPersonnelRecordsAreSpecific), "non-parties' personnel records, harm to their reputation claimed", St(HarmKind.Reputational, IK.PersonnelRecord, Subject.PrivateIndividual), Ft(Feature.PersonalSubject)),
        Miss(typeof(OthersPersonnelRecordsAreSpecific), "non-parties' personnel records, competitive harm claimed", St(HarmKind.CompetitiveHarm, IK.PersonnelRecord, Subject.PrivateIndividual), Ft(Feature.PersonalSubject)),
        Fire(typeof(MinorNamedIsSpecific), "the words name a minor, the request says the party", St(HarmKind.Privacy, IK.SettlementTerms, Subject.Party), Ft(Feature.MinorNamed)),
        Miss(typeof(MinorNamedIsSpecific), "the words name a minor, competitive harm claimed", St(HarmKind.CompetitiveHarm, IK.SettlementTerms, Subject.Party), Ft(Feature.MinorNamed)),
        Miss(typeof(MinorNamedIsSpecific), "the request already says a minor", St(HarmKind.Privacy, IK.SettlementTerms, Subject.Minor), Ft(Feature.MinorNamed)),
        Fire(typeof(NonPartiesNamedIsSpecific), "the words say the employees are not parties", St(HarmKind.Privacy, IK.PersonnelRecord, Subject.Party), Ft(Feature.NonPartyNamed)),
        Miss(typeof(NonPartiesNamedIsSpecific), "the words say so, but of a whole case", St(HarmKind.Privacy, IK.PersonnelRecord, Subject.Party), Ft(Feature.NonPartyNamed), Ft(Feature.WholeRecord)),
        Miss(typeof(NonPartiesNamedIsSpecific), "the words say so, of officials' records", St(HarmKind.Privacy, IK.PersonnelRecord, Subject.PublicOfficial), Ft(Feature.NonPartyNamed)),
        Miss(typeof(NonPartiesNamedIsSpecific), "personnel records, nothing said of whose", St(HarmKind.Privacy, IK.PersonnelRecord, Subject.Party), Ft(Feature.PersonalSubject)),
        Fire(typeof(SealableContentNamedIsSpecific), "royalty rates named", St(HarmKind.CompetitiveHarm, IK.LicensingTerms), Ft(Feature.ConcreteContent)),
        Fire(typeof(SealableContentNamedIsSpecific), "a jail's staffing by post and hour named", St(HarmKind.SecurityVulnerability, IK.OperationalData, Subject.GovernmentAgency), Ft(Feature.ConcreteContent)),
        Fire(typeof(SealableContentNamedIsSpecific), "witness statements in an ongoing investigation named", St(HarmKind.LawEnforcementInterference, IK.InvestigativeFile, Subject.GovernmentAgency), Ft(Feature.ConcreteContent)),
        Miss(typeof(SealableContentNamedIsSpecific), "pricing named, only further litigation feared", St(HarmKind.FurtherLitigation, IK.PricingTerms), Ft(Feature.ConcreteContent)),
        Miss(typeof(SealableContentNamedIsSpecific), "the same words about internal opinions", St(HarmKind.CompetitiveHarm, IK.InternalOpinions), Ft(Feature.ConcreteContent)),
        Miss(typeof(SealableContentNamedIsSpecific), "royalty rates named, the entire agreement asked for", St(HarmKind.CompetitiveHarm, IK.LicensingTerms), Ft(Feature.ConcreteContent), Ft(Feature.WholeRecord)),
        Fire(typeof(ParticularShowingPrevails), "a specific finding among weak ones", St(), Pf(Showing.Specific), Pf(Showing.Conclusory)),
        Miss(typeof(ParticularShowingPrevails), "weak findings only", St(), Pf(Showing.Conclusory), Pf(Showing.Generalized)),
        Fire(typeof(NoParticularShowing), "weak findings only", St(), Pf(Showing.Conclusory), Pf(Showing.Generalized)),
        Miss(typeof(NoParticularShowing), "a specific finding among weak ones", St(), Pf(Showing.Specific), Pf(Showing.Conclusory)),
    ];
}
