using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>One stated harm and what the engine applied for it: the showing given, or the one read from its words.</summary>
/// <param name="Harm">The harm as stated.</param>
/// <param name="Applied">The showing the decision applies.</param>
/// <param name="Reading">The reading of its statement, when it has one.</param>
/// <param name="Features">The features the reader found in the statement.</param>
internal sealed record HarmReading(StatedHarm Harm, Showing Applied, ShowingRead? Reading, IReadOnlyList<FoundFeature> Features)
{
    /// <summary>The showing was taken from the words, not given.</summary>
    public bool Read => Harm.Given is null;

    /// <summary>The words were English and so read; words in another language get no features and are compared with nothing.</summary>
    public bool Readable { get; init; }

    /// <summary>Both were given and the words read otherwise.</summary>
    public bool Differs => Harm.Given is { } given && Reading is { } r && r.Showing != given;
}

/// <summary>
/// The readings of a request's statements (contract 1.x, "Reading the showing"), and the request with the showings
/// read from the words applied: a harm given only in words gets its claims here, before the decision runs.
/// </summary>
internal sealed class Readings
{
    /// <summary>A request with no statement: nothing read, nothing changed.</summary>
    public static readonly Readings None = new([]);

    private readonly ILookup<string, HarmReading> _byItem;

    public Readings(IReadOnlyList<HarmReading> all)
    {
        All = all;
        _byItem = all.ToLookup(r => r.Harm.ItemId, StringComparer.Ordinal);
    }

    public IReadOnlyList<HarmReading> All { get; }

    /// <summary>The item's harms in request order.</summary>
    public IEnumerable<HarmReading> Of(string itemId) => _byItem[itemId];

    // Read specific on the information's nature alone: a rule that reads by kind decided it (the rules tagged
    // "by-kind"), and the words give no mechanism of harm and no danger shown ("arrested for violating a protective
    // order and is looking for us" is a fact, not the nature of an address).
    private static bool KindCarries(HarmReading r, IReadOnlySet<string> byKind) => r.Reading is { Showing: Showing.Specific } reading
        && reading.Because.Any(b => byKind.Contains(b.Rule)) && r.Features.All(f => f.Feature is not (Feature.Mechanism or Feature.Threat));

    /// <summary>The request with a claim for each harm given only in words, at the showing read.</summary>
    /// <param name="request">The request as given.</param>
    /// <param name="byKind">The names of the reading rules that find words specific on what the information is.</param>
    public SealingRequest Apply(SealingRequest request, IReadOnlySet<string> byKind)
    {
        var read = All.Where(r => r.Read).ToList();
        // Where the words place the harm within the document, that is a fact of the item for the tailoring rules,
        // whether or not the showing was also given; so is a danger the words tie to the person's being identified.
        var located = FoundInTheWords(_ => true, StatementReader.HarmLocatedAt);
        var fromIdentity = FoundInTheWords(h => h.Kind is HarmKind.Safety or HarmKind.Persecution, StatementReader.DangerFromIdentity);
        if (read.Count == 0 && located.Count == 0 && fromIdentity.Count == 0) return request;
        var claims = new HashSet<HarmClaim>(request.Harms);
        foreach (var r in read) claims.UnionWith(r.Harm.Claims(r.Applied).Select(c => c with { CarriedByKind = KindCarries(r, byKind) }));
        var items = located.Count == 0 && fromIdentity.Count == 0 ? request.Items : [.. request.Items.Select(i => i with
        {
            HarmLocatedAt = located.TryGetValue(i.Id, out var at) ? at : i.HarmLocatedAt,
            DangerFromIdentity = fromIdentity.TryGetValue(i.Id, out var words) ? words : i.DangerFromIdentity,
        })];
        return request with { Harms = [.. claims], Items = items };
    }

    // For each item, what the first of its readable statements (of the harms chosen) says, where it says anything.
    private Dictionary<string, string> FoundInTheWords(Func<StatedHarm, bool> harms, Func<string, string?> find)
        => All.Where(r => r.Readable && r.Harm.Statement is not null && harms(r.Harm))
            .Select(r => (r.Harm.ItemId, Found: find(r.Harm.Statement!)))
            .Where(x => x.Found is not null)
            .GroupBy(x => x.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Found!, StringComparer.Ordinal);

    /// <summary>Every statement of the request as a fact for the particularity rules, with the information it concerns.</summary>
    public static Statement StatementOf(StatedHarm harm, IReadOnlyDictionary<string, Information> information, bool english)
    {
        var infos = harm.InformationIds.Select(id => information[id]).ToList();
        return new Statement(harm.StatementId, harm.ItemId, harm.Index, harm.Kind,
            infos.Select(i => i.Kind).Distinct().ToList(), infos.Select(i => i.About).Distinct().ToList())
        { Readable = english };
    }
}
