using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// What a statement read as less than specific would need to say, from what the rules that find a particular showing
/// look for and the statement lacks: concrete and tied to the harm claimed, never "be more specific".
/// </summary>
internal static class WhatWouldMakeItSpecific
{
    /// <param name="reading">The statement's reading.</param>
    /// <param name="kinds">The kinds of the information the harm concerns, in the request's order: the advice names them.</param>
    public static IReadOnlyList<string> For(HarmReading reading, IEnumerable<InformationKind> kinds)
    {
        if (reading.Reading is not { } read || read.Showing == Showing.Specific) return [];
        var has = reading.Features.Select(f => f.Feature).ToHashSet();
        var kind = reading.Harm.Kind;
        var needs = new List<string>();
        var advice = KindAdvice.For(kinds);
        if (has.Count == 0 && read.Because.Any(s => s.Rule == "particularity/unread"))
            return reading.Harm.Statement is { } text && (StatementReader.LooksEnglish(text) || StatementReader.IsKeywords(text))
                ? ["Write the reason in sentences: say what the document holds, who would use it, and how; a string of words is not read as a reason."]
                : ["Give the statement in English (with a certified translation of any other-language declaration): only what the court can read counts."];
        // Words that are not a sentence ("Pricing.") are answered first by asking for one; what it should say follows.
        if (has.Contains(Feature.Keywords))
            needs.Add("Write the reason in sentences: say what the document holds, who would use it, and how; a string of words is not read as a reason.");
        if (has.Contains(Feature.Designation) || has.Contains(Feature.Agreement))
            needs.Add("Do not rest on the confidentiality designation or agreement: it is not itself a reason; state the harm disclosure would cause.");
        // A privilege is shown by what makes the material privileged, not by a harm disclosure would cause: that is all it asks.
        if (has.Contains(Feature.PrivilegeClaimed) && !has.Contains(Feature.PrivilegeFacts) && !has.Contains(Feature.LegalAdvice) && Taxonomy.AnsweredByPrivilege(kind))
        {
            needs.Add("Say what makes each document privileged: who communicated with which lawyer, that the communication sought or gave legal advice and was kept confidential (or that the document was prepared by or for counsel in anticipation of litigation), and that the privilege has not been waived.");
            // A privacy claim resting on privilege needs nothing more; a harm beside it (the use in other litigation) still does.
            if (kind == HarmKind.Privacy) return needs;
        }
        // An informant invoked (the rule that read it so) is answered by what would show the informant's danger, not by
        // the generic content advice.
        var informantOnly = read.Because.Any(s => s.Rule == "particularity/informant-invoked");
        if (informantOnly)
        {
            // Named from the words, as the rule's finding is, not from the finding's text.
            var named = reading.Features.FirstOrDefault(f => f.Feature == Feature.InformantNamed)?.Quote ?? "";
            var who = named.Contains("undercover", StringComparison.OrdinalIgnoreCase) ? "officer" : "informant";
            needs.Add($"Say what in this document would identify the {who} (a name, a role, a date), who does not yet know the identity (the defendant, the public), and what danger disclosure would bring to the {who} or to the investigation.");
        }
        if (!has.Contains(Feature.Mechanism) && !informantOnly)
            needs.Add(advice is not null && advice.Fits.Contains(kind) ? HowFor(advice) : How(kind));
        if (!has.Contains(Feature.ConcreteContent) && !Personal(kind) && !informantOnly)
            needs.Add(advice is not null && (advice.Fits.Contains(kind) || !advice.WhatFitsItsHarmsOnly)
                ? $"Say what the document concretely holds that would cause the harm: {advice.What}, not only that it is confidential or sensitive."
                : "Say what the document concretely holds that would cause the harm (the figures, terms, names, designs or procedures themselves), not only that it is confidential or sensitive.");
        if (has.Contains(Feature.VagueActors) && !has.Contains(Feature.Audience))
            needs.Add("Name who would exploit the information (a named competitor, a class of bidders, inmates of the facility), not unidentified \"bad actors\" or \"others\".");
        // Words that call the harm only possible are answered once, by why it is likely; the general speculation advice
        // would say the same again.
        if (has.Contains(Feature.OnlyPossible))
            needs.Add("Say why the harm is likely, from facts (what has happened, who has tried, what the information would let them do), not that it is possible or conceivable.");
        else if (has.Contains(Feature.Speculation) && !has.Contains(Feature.Mechanism))
            needs.Add("State facts from which the harm would follow (what has happened, or what the information would let someone do), not what disclosure could conceivably bring.");
        if (has.Contains(Feature.WholeRecord))
            needs.Add("Name the pages or lines that hold the harmful information and explain those; a showing must reach each portion sealed.");
        if (Personal(kind) && !has.Contains(Feature.PersonalSubject))
            needs.Add(advice is not null && advice.Fits.Contains(kind)
                ? $"Say {advice.What}."
                : "Say what personal information it is (a diagnosis, a minor's name, a home address, an account number) and whose.");
        return needs;
    }

    // The kind is named, so the advice's "them" has something to stand for.
    private static string HowFor(KindAdvice.Advice advice)
        => $"Say how disclosure of the {Phrases.Kind(advice.Kind)} would cause the harm, for example that {advice.How}.";

    /// <summary>
    /// For words read as specific on ground courts have gone both ways on (the kind of information alone, with no word of
    /// how disclosure would harm): what would put the showing on firmer ground. Empty where the reading stands firm.
    /// </summary>
    /// <param name="reading">The statement's reading.</param>
    /// <param name="kinds">The kinds of the information the harm concerns, in the request's order.</param>
    /// <param name="bothWays">Whether courts have gone both ways on words read this way (the track record).</param>
    /// <param name="atIssue">Whether a party has put the information at issue in the case.</param>
    public static IReadOnlyList<string> Firmer(HarmReading reading, IEnumerable<InformationKind> kinds, bool bothWays, bool atIssue)
    {
        if (reading.Reading is not { Showing: Showing.Specific } || !bothWays) return [];
        var has = reading.Features.Select(f => f.Feature).ToHashSet();
        if (has.Contains(Feature.Mechanism)) return [];
        var kind = reading.Harm.Kind;
        var advice = KindAdvice.For(kinds);
        var how = advice is not null && advice.Fits.Contains(kind) ? HowFor(advice) : How(kind);
        var firmer = new List<string> { how };
        // The kind's own example may already speak of what the claims put in issue; then it is not said twice.
        if (atIssue && !how.Contains(" issue", StringComparison.Ordinal))
            firmer.Add("Since the claims put the information at issue, say why these particular records, or passages, go beyond what they put at issue, and ask to redact only those if the rest is not.");
        if (has.Contains(Feature.Embarrassment))
            firmer.Add("Do not give embarrassment as the reason: embarrassment alone does not outweigh access; say what exposure would do to the person.");
        if (has.Contains(Feature.FurtherLitigation))
            firmer.Add("Do not give the suits disclosure might invite as the reason: exposure to further litigation alone does not outweigh access.");
        if (has.Contains(Feature.Designation) || has.Contains(Feature.Agreement))
            firmer.Add("Do not rest on an agreement or designation to keep it confidential: neither is a reason of its own.");
        return firmer;
    }

    private static bool Personal(HarmKind kind) => kind is HarmKind.Privacy or HarmKind.Safety or HarmKind.Persecution;

    private static string How(HarmKind kind) => kind switch
    {
        HarmKind.CompetitiveHarm or HarmKind.TradeSecretDisclosure =>
            "Say how disclosure would cause the harm: who would use the information (a competitor, a supplier, a counterparty in negotiation) and what they would do with it (undercut the bids, demand the same terms, copy the design).",
        HarmKind.SecurityVulnerability or HarmKind.LawEnforcementInterference =>
            "Say what in the document would let someone defeat the measure (camera locations, shift schedules, a technique) and how they would use it.",
        // Privacy is not danger: its advice asks who would learn what, never for threats (advice to claim threats would
        // be advice to claim a different harm).
        HarmKind.Privacy =>
            "Say what disclosure would expose, and to whom: who would read it (an employer, a community, a former partner) and what they would learn that the person has kept private.",
        HarmKind.Safety or HarmKind.Persecution =>
            "Say who would be endangered or exposed, by whom, and how the information would let them be found or identified (threats received, a location revealed, those feared living nearby or still at large).",
        _ => "Say what specific harm, beyond embarrassment or further litigation, disclosure would cause, and how it would follow from this information.",
    };
}
