using System.Text.RegularExpressions;
using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Model;
using SealingRules.Reports;

namespace SealingRules.Tests.Support;

/// <summary>
/// What a law teacher checks in a report, as code: each problem is one sentence naming where it is. Run over every
/// example and over generated requests (<c>ReasoningProperties</c>).
/// </summary>
public static class ReasoningAudit
{
    private static readonly AuthorityCatalog Catalog = AuthorityCatalog.Load();

    // Labels of the contract's vocabulary that contain a hyphen, which a sentence would never write as such.
    private static readonly string[] Labels = new[] { typeof(InformationKind), typeof(HarmKind), typeof(UnderlyingFiling), typeof(Subject) }
        .SelectMany(Shapes.ValuesOf).Where(v => v.Contains('-')).ToArray();

    // Labels pasted as nouns: "as to the other", "a other filing", "fears reputational;".
    private static readonly Regex PastedNoun = new(@"\b(the|a|an) other\b(?! (party|parties|view|side|items?|information|remaining|findings?|reasons?|data))|\bfears reputational;|\bThe medical may\b|\bthe medical,", RegexOptions.CultureInvariant);

    // A plural noun phrase with a singular verb: "the pricing terms stays public", "the trade secrets is withheld".
    private static readonly Regex SingularVerbAfterPlural = new(
        @"\b[Tt]he (" + string.Join("|", Enum.GetValues<InformationKind>().Where(Phrases.IsPlural).Select(k => Regex.Escape(Phrases.Kind(k)))) +
        @")( listed (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|at place [0-9]+))? (is|stays|was|has|exposes|identifies|belongs)\b|; it stays public", RegexOptions.CultureInvariant);

    // A that-clause made the subject after a semicolon or at a sentence's start ("The movant fears embarrassment; that
    // disclosure may lead to … does not compel sealing"): the reader takes "that" for the object of the verb before it.
    public static readonly Regex ThatClauseSubject = new(
        @"(^|[.;:]\s+|"")[Tt]hat (?!(is|was|does|do|did|will|would|can|cannot|finding|showing|reason|harm|interest|standard|rule)\b)[^.;""]*?\b(does|do|did|will|would|is|are|cannot|can) not\b",
        RegexOptions.CultureInvariant);

    public static List<string> Problems(SealingRequest request, SealingResult result)
    {
        var problems = new List<string>();
        var infos = request.Information.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var items = request.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var motion in result.Motions)
        {
            foreach (var step in motion.Reasoning) Sentence(problems, $"motion {motion.Id}", step, infos.Keys, Titles(request));
            foreach (var item in motion.Items)
            {
                foreach (var step in item.Reasoning)
                {
                    Sentence(problems, $"item {item.Id}", step, infos.Keys, Titles(request));
                    if (step.Concerns.Count > 0 && step.Leans is null) problems.Add($"item {item.Id}: step {step.Rule} concerns information but has no leans");
                }
                foreach (var id in item.Redact.Concat(item.Disclose)) Answered(problems, item, id);
                foreach (var id in item.Disclose)
                    if (MustBeRedactedUnderRule52(request, infos[id], items[item.Id]))
                        problems.Add($"item {item.Id}: the Rule 5.2(a) identifier {id} ends public");
            }
        }
        foreach (var cite in AllCitations(result))
            if (Catalog.Find(cite.Id) is { } p && p.Decided > request.AsOf)
                problems.Add($"{cite.Id} ({p.Decided:yyyy-MM-dd}) is cited for the law of {request.AsOf:yyyy-MM-dd}");
        var markdown = MarkdownReport.Render(result);
        if (result.Motions.SelectMany(m => m.Items).Any(i => i.Outcome == Outcome.Seal) && HasRedactLineUnderSealedItem(markdown))
            problems.Add("a sealed item is printed with a redaction line");
        return problems;
    }

    // Every finding that leans against the information's outcome is named in the prevailsOver of a step that leans its
    // way; and the step that decides the information leans its way.
    private static void Answered(List<string> problems, ItemResult item, string id)
    {
        var withheld = item.Outcome == Outcome.Seal || item.Redact.Contains(id);
        var way = withheld ? Leans.Secrecy : Leans.Access;
        var steps = item.Reasoning.Where(s => s.Concerns.Contains(id)).ToList();
        var answered = steps.Where(s => s.Leans == way).SelectMany(s => s.PrevailsOver ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var losing in steps.Where(s => s.Leans is { } l && l != way))
        {
            if (IsRuling(losing)) problems.Add($"item {item.Id}: {losing.Rule} rules {id} the other way from its outcome");
            else if (!answered.Contains(losing.Rule)) problems.Add($"item {item.Id}: {losing.Rule} leans {losing.Leans} on {id} and nothing answers it");
        }
        if (!steps.Any(s => IsRuling(s) && s.Leans == way)) problems.Add($"item {item.Id}: no ruling step decides {id} its way");
    }

    private static bool IsRuling(StepResult step) => step.Rule.StartsWith("weighing/", StringComparison.Ordinal) || step.Rule == "rule-5-2/floor";

    private static bool MustBeRedactedUnderRule52(SealingRequest request, Information info, Item item)
        => Taxonomy.IsRule52Identifier(info) && !info.WaivedByOwner && !info.UnredactedByOrder
           && item.Rule52Exemption == Rule52Exemption.None && request.AsOf >= LawDates.Rule52;

    // The noun phrases the engine writes on purpose ("mental-health information"): not labels pasted in.
    private static readonly string[] Sanctioned = Enum.GetValues<InformationKind>().Select(Phrases.Kind)
        .Concat(Enum.GetValues<HarmKind>().Select(Phrases.Harm)).Concat(Enum.GetValues<UnderlyingFiling>().Select(Phrases.Filing))
        .Where(p => p.Contains('-')).OrderByDescending(p => p.Length).ToArray();

    // The filer's own words (a title, a label) are quoted as given: "exhaustion summary-judgment motion" is not a label pasted.
    private static string[] Titles(SealingRequest request)
        => [.. request.Items.Select(i => i.Title).Concat(request.Information.Select(i => i.Label)).OfType<string>().Where(t => t.Length > 0).OrderByDescending(t => t.Length)];

    private static void Sentence(List<string> problems, string where, StepResult step, IEnumerable<string> infoIds, IEnumerable<string> titles)
    {
        var text = Sanctioned.Concat(titles).Aggregate(step.Finding, (t, phrase) => t.Replace(phrase, "", StringComparison.Ordinal))
            .Replace("relationToMerits: more-than-tangential", "", StringComparison.Ordinal);
        foreach (var label in Labels)
            if (text.Contains(label, StringComparison.Ordinal))
                problems.Add($"{where}: {step.Rule} pastes the label '{label}' into its sentence");
        if (SingularVerbAfterPlural.Match(step.Finding) is { Success: true } agreement
            && (agreement.Value != "; it stays public" || PluralBeforeItStays(step.Finding)))
            problems.Add($"{where}: {step.Rule} pairs a plural with a singular verb: \"{agreement.Value}\"");
        if (ThatClauseSubject.Match(step.Finding) is { Success: true } clause)
            problems.Add($"{where}: {step.Rule} makes a that-clause its subject: \"{clause.Value}\"");
        if (PastedNoun.IsMatch(step.Finding)) problems.Add($"{where}: {step.Rule} pastes a label as a noun: \"{PastedNoun.Match(step.Finding).Value}\"");
        foreach (var id in infoIds)
            if (id.Length > 3 && step.Finding.Contains(id, StringComparison.Ordinal))
                problems.Add($"{where}: {step.Rule} names the internal id '{id}' in its sentence");
    }

    // "shown for the internal opinions; it stays public": the pronoun refers to the noun phrase just before it.
    private static bool PluralBeforeItStays(string finding)
    {
        var before = finding[..finding.IndexOf("; it stays public", StringComparison.Ordinal)];
        return Enum.GetValues<InformationKind>().Where(Phrases.IsPlural).Any(k => Regex.IsMatch(before, @"\b" + Regex.Escape(Phrases.Kind(k)) + @"( listed [a-z0-9 ]+?)?$"));
    }

    private static IEnumerable<CitationResult> AllCitations(SealingResult result) => result.Motions
        .SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
        .SelectMany(s => s.Authorities)
        .Concat(result.Warnings.SelectMany(w => w.Authorities.Concat(w.Follows ?? []).Concat(w.OtherView ?? [])));

    // Under an item whose outcome is sealing, no "Redacted:" line may follow before the next heading.
    private static bool HasRedactLineUnderSealedItem(string markdown)
    {
        var sealedSection = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('#')) sealedSection = false;
            if (line.StartsWith("Outcome: **filed under seal**", StringComparison.Ordinal)) sealedSection = true;
            if (sealedSection && (line.StartsWith("Redact", StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
