using System.Diagnostics;
using NRules;
using NRules.Fluent;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Engine;

/// <summary>
/// The engine: the rule repository is compiled once (construction is the expensive part); each evaluation
/// runs in a fresh, cheap session. Thread-safe: sessions are not shared.
/// </summary>
public sealed class SealingEngine
{
    public const string Name = "SealingRules";

    private readonly ISessionFactory _factory;
    private readonly Dictionary<string, RuleCitations> _citations;

    public SealingEngine() : this(AuthorityCatalog.Load(), RuleBook.Load()) { }

    /// <summary>Compiles the given rules (all of them by default) against the catalog and rule book.</summary>
    /// <param name="catalog">The authority catalog.</param>
    /// <param name="book">Rule metadata.</param>
    /// <param name="ruleTypes">The rules to compile; all by default.</param>
    /// <param name="fastCompiler">Compile rule expressions with FastExpressionCompiler (default) or with Expression.Compile.</param>
    public SealingEngine(AuthorityCatalog catalog, RuleBook book, IEnumerable<Type>? ruleTypes = null, bool fastCompiler = true)
    {
        Catalog = catalog;
        Book = book;
        // A rule's authorities are fixed by its attributes: resolved against the catalog once, not per step.
        _citations = book.Rules.ToDictionary(r => r.Name,
            r => new RuleCitations(Resolve(catalog, r.Cites), Resolve(catalog, r.SplitFollows), Resolve(catalog, r.SplitOtherView)),
            StringComparer.Ordinal);
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes ?? RuleBook.RuleTypes));
        var compiler = new RuleCompiler();
        if (fastCompiler) compiler.ExpressionCompiler = new FastCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        _factory = compiler.Compile(repository.GetRules());
    }

    public AuthorityCatalog Catalog { get; }

    public RuleBook Book { get; }

    /// <summary>The confirmed authorities a rule cites, and those of a split it decides, in the order it names them.</summary>
    internal RuleCitations Citations(string rule) => _citations[rule];

    private static IReadOnlyList<CitationResult> Resolve(AuthorityCatalog catalog, IEnumerable<string> ids) => ids
        .Select(id => catalog.Find(id))
        .Where(p => p is { Confirmed: true })
        .Select(p => new CitationResult(p!.Id, p.Cite) { Note = p.Caveat })
        .ToList()
        .AsReadOnly();

    public static string EngineVersion { get; } =
        typeof(SealingEngine).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>Evaluates a validated request.</summary>
    /// <remarks>
    /// Each motion is decided on its own facts (no rule joins two motions), so each runs in its own session. NRules
    /// joins by scanning (no hash index): smaller sessions mean fewer partial matches tested against every new fact.
    /// Measured on the seed's four motions: half the time of one session over the whole request.
    /// </remarks>
    public SealingResult Evaluate(SealingRequest request)
    {
        var conclusions = new List<object>();
        foreach (var part in ByMotion(request))
            conclusions.AddRange(Run(part).Query<object>());
        return new TraceBuilder(this, request, conclusions).Build();
    }

    /// <summary>Runs the rules over a request's facts in one session and returns it, for tests.</summary>
    public NRules.ISession Run(SealingRequest request)
    {
        var session = _factory.CreateSession();
        session.Insert(new LawDate(request.AsOf));
        session.InsertAll(request.Motions);
        session.InsertAll(request.Items);
        session.InsertAll(request.Information);
        session.InsertAll(request.Harms);
        // A cap on firings, so that a rule loop cannot hang a request: each fact draws a bounded number of conclusions.
        var cap = 64 * (request.Motions.Count + request.Items.Count + request.Information.Count + request.Harms.Count) + 256;
        var fired = session.Fire(cap);
        if (fired >= cap) throw new UnreachableException($"The rules did not settle within {cap} firings.");
        return session;
    }

    /// <summary>The request cut into one request per motion, each with its own items, information and claims.</summary>
    internal static IEnumerable<SealingRequest> ByMotion(SealingRequest request)
    {
        if (request.Motions.Count == 1)
        {
            yield return request;
            yield break;
        }
        var motionOfItem = request.Items.ToDictionary(i => i.Id, i => i.MotionId, StringComparer.Ordinal);
        var items = request.Items.ToLookup(i => i.MotionId, StringComparer.Ordinal);
        // A fact naming no item of the request joins nothing in one session either; it is left out.
        var information = request.Information.Where(i => motionOfItem.ContainsKey(i.ItemId))
            .ToLookup(i => motionOfItem[i.ItemId], StringComparer.Ordinal);
        var harms = request.Harms.Where(h => motionOfItem.ContainsKey(h.ItemId))
            .ToLookup(h => motionOfItem[h.ItemId], StringComparer.Ordinal);
        foreach (var motion in request.Motions)
            yield return request with
            {
                Motions = [motion],
                Items = items[motion.Id].ToList(),
                Information = information[motion.Id].ToList(),
                Harms = harms[motion.Id].ToList(),
            };
    }
}

/// <summary>A rule's resolved authorities: its own cites, and for a split question the orders on each side.</summary>
internal sealed record RuleCitations(
    IReadOnlyList<CitationResult> Cites, IReadOnlyList<CitationResult> Follows, IReadOnlyList<CitationResult> OtherView);
