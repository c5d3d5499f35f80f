using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// Where a court judged a close statement the other way from this reading, what sets the two apart in the features the
/// particularity rules read: what one says that the other does not. It decides nothing (the reading is the rules');
/// it tells the reader why a neighbour that "reads like" theirs came out differently, or that courts parted ways on
/// words with the same features.
/// </summary>
internal static class HowItDiffers
{
    // The features that weigh toward a specific reading, and those that weigh against it, each as a clause.
    private static readonly (Feature Feature, string Says)[] Toward =
    [
        (Feature.Mechanism, "says how disclosure would cause the harm"),
        (Feature.ConcreteContent, "names what the document concretely holds"),
        (Feature.Threat, "names a danger to people"),
        (Feature.Audience, "names who would use the information"),
        (Feature.SecrecyMeasures, "says how the information is kept secret"),
        (Feature.PrivilegeFacts, "says what makes the material privileged"),
    ];

    private static readonly (Feature Feature, string Says)[] Against =
    [
        (Feature.Designation, "rests on a confidentiality designation"),
        (Feature.Agreement, "rests on an agreement to keep it confidential"),
        (Feature.WholeRecord, "asks to seal a whole document or case"),
        (Feature.Speculation, "speculates about what disclosure might bring"),
        (Feature.OnlyPossible, "puts the harm as only possible"),
    ];

    /// <summary>Null where the court's verdict on the neighbour and this reading agree (specific or not).</summary>
    public static string? Sentence(IReadOnlyList<FoundFeature> mine, bool mineSpecific, IReadOnlyList<FoundFeature> theirs, Showing verdict,
        IReadOnlyCollection<InformationKind>? mineKinds = null, InformationKind? theirKind = null)
    {
        var theirsSpecific = verdict == Showing.Specific;
        if (theirsSpecific == mineSpecific) return null;
        var has = (IReadOnlyList<FoundFeature> said, Feature f) => said.Any(x => x.Feature == f);
        // What the statement judged specific has over the other, and what the one judged not specific carries.
        var (strong, weak) = theirsSpecific ? (theirs, mine) : (mine, theirs);
        var more = Toward.Where(t => has(strong, t.Feature) && !has(weak, t.Feature)).Select(t => t.Says).ToList();
        var worse = Against.Where(t => has(weak, t.Feature) && !has(strong, t.Feature)).Select(t => t.Says).ToList();
        // The rules read the kind of information with the words: the same words about other information may differ for that.
        if (more.Count == 0 && worse.Count == 0)
            return theirKind is { } kind && kind != InformationKind.Other && mineKinds is { Count: > 0 } && !mineKinds.Any(k => Family(k) == Family(kind)) && !mineKinds.All(k => k == InformationKind.Other)
                ? $"This one has the features of the statement read here, but it concerns information of another kind ({Phrases.Kind(kind)}), and courts read the same words differently for different information."
                : "This one has the features of the statement read here, yet the court judged it the other way: courts part ways on words like these, and the documents or the rest of the record may have decided it.";
        var clauses = more.Select(m => theirsSpecific ? m : Not(m)).Concat(worse.Select(w => theirsSpecific ? Not(w) : w)).ToList();
        return $"Unlike the statement read here, this one {Phrases.List(clauses)}.";
    }

    // Kinds a reader takes for one ("medical" and "mental-health" records are both health information): a neighbour of
    // the same family is not "information of another kind".
    private static InformationKind Family(InformationKind kind) => kind == InformationKind.MentalHealth ? InformationKind.Medical : kind;

    // Every clause opens with a verb in -s: "says how…" → "does not say how…", "rests on…" → "does not rest on…".
    private static string Not(string clause)
    {
        var space = clause.IndexOf(' ', StringComparison.Ordinal);
        return $"does not {clause[..(space - 1)]}{clause[space..]}";
    }
}
