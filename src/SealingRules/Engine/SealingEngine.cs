using System.Diagnostics;
using NRules;
using NRules.Fluent;
using ISession = NRules.ISession;
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
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes ?? RuleBook.RuleTypes));
        var compiler = new RuleCompiler();
        if (fastCompiler) compiler.ExpressionCompiler = new FastCompiler();
        _factory = compiler.Compile(repository.GetRules());
    }

    public AuthorityCatalog Catalog { get; }

    public RuleBook Book { get; }

    public static string EngineVersion { get; } =
        typeof(SealingEngine).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>Evaluates a validated request.</summary>
    public SealingResult Evaluate(SealingRequest request) => new TraceBuilder(this, request, Run(request)).Build();

    /// <summary>Runs the rules over a request's facts and returns what they concluded, for the trace and for tests.</summary>
    public WorkingMemory Run(SealingRequest request)
    {
        var law = new LawDate(request.AsOf);
        var motions = request.Motions.ToDictionary(m => m.Id);
        var infos = request.Information.ToLookup(i => i.ItemId);
        var harms = request.Harms.ToLookup(h => h.ItemId);

        var itemSessions = new List<ISession>(request.Items.Count);
        foreach (var item in request.Items)
            itemSessions.Add(Fire([law, motions[item.MotionId], item, .. infos[item.Id], .. harms[item.Id]]));

        var itemRulings = itemSessions.SelectMany(s => s.Query<ItemRuling>().AsEnumerable()).ToLookup(r => r.MotionId);
        var items = request.Items.ToLookup(i => i.MotionId);
        var motionSessions = request.Motions
            .Select(m => Fire([law, m, .. items[m.Id], .. itemRulings[m.Id]]))
            .ToList();
        return new WorkingMemory(itemSessions, motionSessions);
    }

    private ISession Fire(IReadOnlyCollection<object> facts)
    {
        var session = _factory.CreateSession();
        session.InsertAll(facts);
        // A cap on firings, so that a rule loop cannot hang a request: each fact draws a bounded number of conclusions.
        var cap = 64 * facts.Count + 256;
        if (session.Fire(cap) >= cap) throw new UnreachableException($"The rules did not settle within {cap} firings.");
        return session;
    }
}
