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
    /// <summary>The engine's name, printed in every result.</summary>
    public const string Name = "SealingRules";

    private readonly ISessionFactory _factory;
    private readonly Dictionary<string, RuleCitations> _citations;

    /// <summary>Compiles every rule against the embedded catalog (the expensive part: do it once per process).</summary>
    public SealingEngine() : this(AuthorityCatalog.Load(), RuleBook.Load()) { }

    /// <summary>Compiles the given rules (all of them by default) against the catalog and rule book.</summary>
    /// <param name="catalog">The authority catalog.</param>
    /// <param name="book">Rule metadata.</param>
    /// <param name="ruleTypes">The rules to compile; all by default.</param>
    /// <param name="fastCompiler">Compile rule expressions with FastExpressionCompiler (default) or with Expression.Compile.</param>
    /// <param name="interpreted">Interpret rule expressions instead (overrides <paramref name="fastCompiler"/>): nothing to JIT, for one-shot runs.</param>
    public SealingEngine(AuthorityCatalog catalog, RuleBook book, IEnumerable<Type>? ruleTypes = null, bool fastCompiler = true, bool interpreted = false)
    {
        Catalog = catalog;
        Book = book;
        // A rule's authorities are fixed by its attributes: resolved against the catalog once, not per step.
        _citations = book.Rules.ToDictionary(r => r.Name, r => CitationsOf(catalog, r), StringComparer.Ordinal);
        _byKind = book.Rules.Where(r => r.Tags.Contains(ByKindTag)).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        // The order's closing terms run in a session of their own over the rulings alone, so they are compiled apart:
        // the decision's rules never see that session's facts, and the order's rules never weigh a finding.
        var types = (ruleTypes ?? RuleBook.RuleTypes).ToList();
        var repository = new RuleRepository();
        repository.Load(x => x.From(types).Where(r => !r.IsTagged(OrderTag) && !r.IsTagged(ReadingTag)));
        var orderRepository = new RuleRepository();
        orderRepository.Load(x => x.From(types).Where(r => r.IsTagged(OrderTag)));
        var compiler = new RuleCompiler();
        if (interpreted) compiler.ExpressionCompiler = new InterpretedCompiler();
        else if (fastCompiler) compiler.ExpressionCompiler = new FastCompiler();
        // Facts are told apart by reference: the request's facts are distinct objects and each conclusion is yielded
        // once, so hashing records by value (step texts included) was pure cost.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        Definitions = repository.GetRules().ToList();
        _factory = compiler.Compile(Definitions);
        _orderFactory = compiler.Compile(orderRepository.GetRules());
        // The particularity rules read the movant's words: compiled on the first request that carries a statement, so
        // that a request without one pays nothing for them at start-up.
        _readingFactory = new Lazy<ISessionFactory>(() =>
        {
            var readingRepository = new RuleRepository();
            readingRepository.Load(x => x.From(types).Where(r => r.IsTagged(ReadingTag)));
            return compiler.Compile(readingRepository.GetRules());
        });
    }

    /// <summary>The tag of the rules that read a statement's particularity (see <see cref="Read"/>).</summary>
    public const string ReadingTag = "reading";

    /// <summary>
    /// The tag of the reading rules that find words specific on what the information is (health records, a person's
    /// details), not on how disclosure would harm: a claim they carry is said to be shown from the information's nature.
    /// </summary>
    public const string ByKindTag = "by-kind";

    private readonly Lazy<ISessionFactory> _readingFactory;

    // The names of the rules tagged by-kind, read once from the rule book.
    private readonly HashSet<string> _byKind;

    private readonly Reading.StatementCache _readCache = new();

    /// <summary>The statements courts have judged, shown beside a reading (loaded on the first statement read).</summary>
    internal Reading.JudgedStatements JudgedStatements { get; } = new();

    /// <summary>The decision's rules as NRules defines them (their conditions, for saying what a rule lacked).</summary>
    internal IReadOnlyList<NRules.RuleModel.IRuleDefinition> Definitions { get; }

    /// <summary>The tag of the rules that draw the order's closing terms (see <see cref="RunOrder"/>).</summary>
    public const string OrderTag = "order";

    private readonly ISessionFactory _orderFactory;

    /// <summary>The authority catalog the rules cite.</summary>
    public AuthorityCatalog Catalog { get; }

    /// <summary>The events of every session this engine opens (for tests and diagnostics; they carry the facts, so never log them).</summary>
    internal NRules.Diagnostics.IEventProvider Events => _factory.Events;

    /// <summary>The rules' metadata.</summary>
    public RuleBook Book { get; }

    /// <summary>The confirmed authorities a rule cites, and those of a split it decides, in the order it names them.</summary>
    internal RuleCitations Citations(string rule) => _citations[rule];

    /// <summary>A rule's confirmed authorities, resolved against the catalog (no rule need be compiled to list them).</summary>
    internal static RuleCitations CitationsOf(AuthorityCatalog catalog, RuleInfo rule)
        => new(Resolve(catalog, rule.Cites), Resolve(catalog, rule.SplitFollows), Resolve(catalog, rule.SplitOtherView))
        {
            Earlier = Resolve(catalog, rule.EarlierCites),
        };

    private static System.Collections.ObjectModel.ReadOnlyCollection<CitationResult> Resolve(AuthorityCatalog catalog, IEnumerable<string> ids) => ids
        .Select(id => catalog.Find(id))
        .Where(p => p is { Confirmed: true })
        .Select(p => new CitationResult(p!.Id, p.Cite) { Note = p.Caveat })
        // Two propositions at the same pin of one authority read as one citation.
        .DistinctBy(c => c.Cite)
        .ToList()
        .AsReadOnly();

    /// <summary>The engine's version (the assembly's).</summary>
    public static string EngineVersion { get; } =
        typeof(SealingEngine).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>Evaluates a validated request.</summary>
    public SealingResult Evaluate(SealingRequest request) => Evaluate(request, SessionPlan.ItemsPerSession);

    /// <summary>Evaluates a request in sessions of at most <paramref name="itemsPerSession"/> items (see <see cref="SessionPlan"/>).</summary>
    internal SealingResult Evaluate(SealingRequest request, int itemsPerSession) => Decide(request, itemsPerSession).Result;

    /// <summary>The result, with the request as decided: each harm given only in words claimed at the showing read.</summary>
    internal (SealingResult Result, SealingRequest Decided) Decide(SealingRequest request, int itemsPerSession = SessionPlan.ItemsPerSession)
    {
        // The words come first: a harm given only as a statement has no showing, and so no claim, until it is read.
        var readings = Read(request);
        var applied = Applied(readings, request);
        return (new TraceBuilder(this, applied, new SessionPlan(this, itemsPerSession).Conclude(applied), readings).Build(), applied);
    }

    /// <summary>The request with the showings read from its words applied (see <see cref="Reading.Readings.Apply"/>).</summary>
    internal SealingRequest Applied(Reading.Readings readings, SealingRequest request) => readings.Apply(request, _byKind);

    /// <summary>
    /// Reads every statement of the request in one session of the particularity rules (contract 1.x, "Reading the
    /// showing"); harms without a statement keep the showing given. A statement read before, about the same kinds of
    /// harm, information and person, is not read again.
    /// </summary>
    internal Reading.Readings Read(SealingRequest request)
    {
        if (request.StatedHarms.Count == 0) return Reading.Readings.None;
        var information = request.StatedHarms.Any(h => h.Statement is not null)
            ? request.Information.ToDictionary(i => i.Id, StringComparer.Ordinal)
            : null;
        var pending = new List<(StatedHarm Harm, Statement Statement, IReadOnlyList<Reading.FoundFeature> Features, string Key)>();
        var done = new Dictionary<string, (ShowingRead Read, IReadOnlyList<Reading.FoundFeature> Features)>(StringComparer.Ordinal);
        var readable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var harm in request.StatedHarms)
        {
            if (harm.Statement is not { } text) continue;
            var english = Reading.StatementReader.IsEnglish(text);
            if (english) readable.Add(harm.StatementId);
            var statement = Reading.Readings.StatementOf(harm, information!, english);
            var key = Reading.StatementCache.Key(statement, text);
            if (_readCache.TryGet(key, out var cached)) { done[harm.StatementId] = cached; continue; }
            pending.Add((harm, statement, english ? Reading.StatementReader.Read(text) : [], key));
        }
        if (pending.Count > 0)
        {
            var session = _readingFactory.Value.CreateSession();
            foreach (var (_, statement, features, _) in pending)
            {
                session.Insert(statement);
                session.InsertAll(features.Select(f => new StatementFeature(statement.Id, f.Feature, f.Quote)));
            }
            var cap = 64 * pending.Sum(p => p.Features.Count + 1) + 256;
            if (session.Fire(cap) >= cap) throw new UnreachableException($"The particularity rules did not settle within {cap} firings.");
            var reads = session.Query<ShowingRead>().ToDictionary(r => r.StatementId, StringComparer.Ordinal);
            foreach (var (harm, _, features, key) in pending)
            {
                var read = reads.GetValueOrDefault(harm.StatementId) ?? throw new UnreachableException($"The statement of {harm.StatementId} was not read.");
                done[harm.StatementId] = (read, features);
                _readCache.Add(key, (read, features));
            }
        }
        return new Reading.Readings(request.StatedHarms.Select(h => done.TryGetValue(h.StatementId, out var r)
            ? new Reading.HarmReading(h, h.Given ?? r.Read.Showing, r.Read, r.Features) { Readable = readable.Contains(h.StatementId) }
            : new Reading.HarmReading(h, h.Given!.Value, null, [])).ToList());
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

    /// <summary>The last session: the request's motions and items and every ruling on them, for the order's closing terms.</summary>
    internal NRules.ISession RunOrder(SealingRequest request, IReadOnlyList<object> conclusions)
    {
        var session = _orderFactory.CreateSession();
        session.Insert(new OrderStage());
        session.Insert(new LawDate(request.AsOf));
        session.InsertAll(request.Motions);
        session.InsertAll(request.Items);
        session.InsertAll(conclusions.Where(c => c is MotionRuling or ItemRuling or InformationRuling));
        var cap = 64 * (request.Motions.Count + request.Items.Count) + 256;
        if (session.Fire(cap) >= cap) throw new UnreachableException($"The rules did not settle within {cap} firings.");
        return session;
    }

    /// <summary>
    /// Runs the rules over a motion, its items and the rulings on them decided in other sessions, without the items'
    /// information (see <see cref="SessionPlan"/>).
    /// </summary>
    internal NRules.ISession RunMotion(SealingRequest motionPart, IReadOnlyList<ItemRuling> itemRulings)
    {
        var session = _factory.CreateSession();
        session.Insert(new LawDate(motionPart.AsOf));
        session.InsertAll(motionPart.Motions);
        session.InsertAll(motionPart.Items);
        session.InsertAll(itemRulings);
        var cap = 64 * (itemRulings.Count + 1) + 256;
        if (session.Fire(cap) >= cap) throw new UnreachableException($"The rules did not settle within {cap} firings.");
        return session;
    }
}

/// <summary>A rule's resolved authorities: its own cites, and for a split question the orders on each side.</summary>
internal sealed record RuleCitations(
    IReadOnlyList<CitationResult> Cites, IReadOnlyList<CitationResult> Follows, IReadOnlyList<CitationResult> OtherView)
{
    /// <summary>Older statements of the principle, for a law date before every one of <see cref="Cites"/> (CitesAttribute.Earlier).</summary>
    public IReadOnlyList<CitationResult> Earlier { get; init; } = [];
}
