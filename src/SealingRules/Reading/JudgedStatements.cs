using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>One statement a court judged, from corpus/statements (embedded).</summary>
internal sealed record JudgedStatement(
    string Id, string Text, string Form, HarmKind? HarmKind, InformationKind? InformationKind, Showing Verdict,
    string Case, string Cite, DateOnly Decided, string CourtSentence, string Split)
{
    public IReadOnlyDictionary<string, double> Terms { get; init; } = new Dictionary<string, double>();
}

/// <summary>
/// The corpus of statements courts have judged, and the closest of them to a statement read: by shared words (weighed
/// by how rare they are in the corpus), with the same kinds of harm and information counting for more. It never
/// decides a reading; it shows the user what courts said of words like theirs. Loaded on the first statement read.
/// Only orders decided on or before the law date are shown, as with every authority.
/// </summary>
internal sealed class JudgedStatements
{
    private const int Shown = 3;

    // The least likeness in words alone (cosine of rarity-weighted words) for a judged statement to be shown.
    private const double MinimumWords = 0.1;

    private readonly Lazy<(IReadOnlyList<JudgedStatement> All, IReadOnlyDictionary<string, double> Idf)> _corpus = new(Load);

    public IReadOnlyList<JudgedStatement> All => _corpus.Value.All;

    // The same words about the same kinds, on the same day and case, find the same statements: the what-if and the
    // batch ask again and again. Bounded like the readings' cache.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<JudgedStatementResult>> _found = new(StringComparer.Ordinal);

    public IReadOnlyList<JudgedStatementResult> Like(string text, HarmKind harm, IReadOnlyCollection<InformationKind> kinds, DateOnly asOf, string? caseName = null)
    {
        var key = $"{harm}|{string.Join(",", kinds.Order())}|{asOf.DayNumber}|{caseName}|{text}";
        if (_found.TryGetValue(key, out var found)) return found;
        if (_found.Count >= 4_096) _found.Clear();
        return _found[key] = Find(text, harm, kinds, asOf, caseName);
    }

    // The corpus is small and fixed: each statement's features are read once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<FoundFeature>> _features = new(StringComparer.Ordinal);

    /// <summary>The kind of information a judged statement concerns, found by its words.</summary>
    public InformationKind? KindOf(string text) => All.FirstOrDefault(j => j.Text == text)?.InformationKind;

    /// <summary>The features the reader finds in a judged statement's words.</summary>
    public IReadOnlyList<FoundFeature> FeaturesOf(string text) => _features.GetOrAdd(text, StatementReader.Read);

    private List<JudgedStatementResult> Find(string text, HarmKind harm, IReadOnlyCollection<InformationKind> kinds, DateOnly asOf, string? caseName)
    {
        var (all, idf) = _corpus.Value;
        // A word no judged statement uses is the rarest of all ("abuser", "locate" in a survivor's words): weighed as
        // one used by none, not as one used by every statement, so a few common words shared ("public", "document")
        // do not make a statement about something else read alike.
        var terms = Weigh(Tokens(text), idf, Math.Log(1.0 + all.Count) + 1);
        // Never the case being decided (a report on a ruling does not cite that ruling), and one statement a case.
        var own = CaseKey(caseName);
        var realms = Realms(harm, kinds.Cast<InformationKind?>());
        return all
            .Where(j => j.Decided < asOf && (own.Length == 0 || CaseKey(j.Case) != own))
            // A statement about another realm of information is not like these words, whatever words they share: a
            // survivor's home address is not a store's procedures because both say "home", nor a violated protective
            // order a designation under one.
            .Where(j => SharesARealm(j, realms))
            .Select(j => (j, Words: Cosine(terms, j.Terms), Shared: terms.Keys.Count(j.Terms.ContainsKey)))
            // The kinds rank statements that share words; they never make one "like" these words by themselves: a
            // statement with no word in common, or one rare word ("approval", "six"), is not shown as reading alike.
            .Where(x => x.Words >= MinimumWords && x.Shared >= 2)
            .Select(x => (x.j, Score: x.Words + (x.j.HarmKind == harm ? 0.1 : 0) + (x.j.InformationKind is { } k && kinds.Contains(k) ? 0.1 : 0)))
            .Where(x => x.Score > 0.15)
            .OrderByDescending(x => x.Score).ThenBy(x => x.j.Id, StringComparer.Ordinal)
            .DistinctBy(x => CaseKey(x.j.Case))
            // The same words quoted in two orders (related cases) are shown once, under the closer order.
            .DistinctBy(x => string.Join(' ', Tokens(x.j.Text)))
            .Take(Shown)
            .Select(x => new JudgedStatementResult(x.j.Text, x.j.Case, x.j.Cite, x.j.Verdict)
            {
                Form = x.j.Form == "quote" ? null : x.j.Form,
                Court = x.j.CourtSentence,
            })
            .ToList();
    }

    private enum Realm { Business, Person, Government }

    // Financial data is a business's or a person's (a company's revenue, a party's tax return): its harm places it.
    private static Realm? RealmOf(InformationKind kind) => kind switch
    {
        InformationKind.FinancialData => null,
        <= InformationKind.InternalPolicy => Realm.Business,
        <= InformationKind.PersecutionCategory => Realm.Person,
        <= InformationKind.InvestigativeFile => Realm.Government,
        _ => null,
    };

    // Only harms that belong to one realm place a statement; embarrassment, reputation, litigation and misuse are
    // claimed by businesses and people alike.
    private static Realm? RealmOf(HarmKind harm) => harm switch
    {
        HarmKind.CompetitiveHarm or HarmKind.TradeSecretDisclosure => Realm.Business,
        HarmKind.Privacy or HarmKind.Safety or HarmKind.Persecution => Realm.Person,
        HarmKind.SecurityVulnerability or HarmKind.LawEnforcementInterference => Realm.Government,
        _ => null,
    };

    private static HashSet<Realm> Realms(HarmKind? harm, IEnumerable<InformationKind?> kinds)
    {
        var realms = kinds.Select(k => k is { } kind ? RealmOf(kind) : null).Append(harm is { } h ? RealmOf(h) : null);
        return realms.OfType<Realm>().ToHashSet();
    }

    // A statement neither side places (information "other", a harm of no one realm) may be shown; one placed only
    // elsewhere may not.
    private static bool SharesARealm(JudgedStatement j, HashSet<Realm> realms)
    {
        var its = Realms(j.HarmKind, [j.InformationKind]);
        return its.Count == 0 || realms.Count == 0 || its.Overlaps(realms);
    }

    private static (IReadOnlyList<JudgedStatement>, IReadOnlyDictionary<string, double>) Load()
    {
        using var stream = typeof(JudgedStatements).Assembly.GetManifestResourceStream("SealingRules.statements.jsonl")
            ?? throw new InvalidOperationException("The judged statements are not embedded.");
        using var reader = new StreamReader(stream);
        var raw = new List<JudgedStatement>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var o = JObject.Parse(line);
            raw.Add(new JudgedStatement((string)o["id"]!, (string)o["text"]!, (string?)o["form"] ?? "quote",
                Enum<HarmKind>((string?)o["harmKind"]), Enum<InformationKind>((string?)o["informationKind"]),
                Enum<Showing>((string?)o["verdict"]) ?? throw new InvalidOperationException($"No verdict for {o["id"]}."),
                (string)o["case"]!, (string)o["cite"]!, DateOnly.ParseExact((string)o["date"]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                (string?)o["courtSentence"] ?? "", (string?)o["split"] ?? "rules"));
        }
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var j in raw) foreach (var t in Tokens(j.Text).Distinct()) df[t] = df.GetValueOrDefault(t) + 1;
        var idf = df.ToDictionary(p => p.Key, p => Math.Log((1.0 + raw.Count) / (1 + p.Value)) + 1, StringComparer.Ordinal);
        return (raw.Select(j => j with { Terms = Weigh(Tokens(j.Text), idf) }).ToList(), idf);
    }

    // Both parties' names in letters only, cut short: "Al Otro Lado, Inc. v. McAleenan" and "Al Otro Lado v. McAleenan" are one case.
    private static string CaseKey(string? name)
    {
        if (name is null) return "";
        var parties = name.Split(" v. ", 2);
        static string Letters(string s, int n) => new(s.Where(char.IsLetter).Select(char.ToLowerInvariant).Take(n).ToArray());
        return Letters(parties[0].Replace(", Inc.", "", StringComparison.Ordinal), 12) + "|" + (parties.Length > 1 ? Letters(parties[1], 8) : "");
    }

    private static T? Enum<T>(string? kebab) where T : struct, Enum
        => kebab is null ? null : System.Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Kebab.Of(v.ToString()!) == kebab);

    private static readonly Regex Word = new(@"\p{L}{3,}", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    { "the", "and", "that", "this", "with", "for", "its", "are", "was", "were", "which", "from", "would", "could", "their", "these", "those", "has", "have", "been", "such", "any", "not", "into", "also" };

    internal static IEnumerable<string> Tokens(string text)
        => Word.Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !Stop.Contains(w)).Select(Stem);

    // Plural and tense endings off, so "competitors" meets "competitor" and "undercutting" meets "undercut".
    private static string Stem(string w) => w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3]
        : w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2]
        : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;

    private static Dictionary<string, double> Weigh(IEnumerable<string> tokens, IReadOnlyDictionary<string, double> idf, double unseen = 1.0)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in tokens) tf[t] = tf.GetValueOrDefault(t) + 1;
        foreach (var t in tf.Keys.ToList()) tf[t] *= idf.GetValueOrDefault(t, unseen);
        var norm = Math.Sqrt(tf.Values.Sum(v => v * v));
        if (norm > 0) foreach (var t in tf.Keys.ToList()) tf[t] /= norm;
        return tf;
    }

    private static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
        => a.Count > b.Count ? Cosine(b, a) : a.Sum(p => b.TryGetValue(p.Key, out var v) ? p.Value * v : 0);
}
