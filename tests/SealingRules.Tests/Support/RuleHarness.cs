using NRules;
using NRules.Fluent;
using SealingRules.Engine;

namespace SealingRules.Tests.Support;

/// <summary>
/// A small stand-in for NRules.Testing: compiles chosen rules alone, inserts the facts a test gives (including
/// upstream conclusions the rule under test reads), fires, and records which rules fired and what they yielded.
/// </summary>
public sealed class RuleHarness
{
    private static readonly Dictionary<Type, ISessionFactory> Factories = new();

    private readonly ISession _session;
    private readonly List<string> _fired = [];

    public RuleHarness(params Type[] rules)
    {
        ISessionFactory factory;
        lock (Factories)
        {
            var key = rules.Length == 1 ? rules[0] : throw new ArgumentException("one rule at a time");
            if (!Factories.TryGetValue(key, out factory!))
            {
                var repo = new RuleRepository();
                repo.Load(x => x.From(rules));
                Factories[key] = factory = repo.Compile();
            }
        }
        _session = factory.CreateSession();
        _session.Events.RuleFiredEvent += (_, e) => _fired.Add(e.Rule.Name);
    }

    public IReadOnlyList<string> Fired => _fired;

    public RuleHarness Run(IEnumerable<object> facts)
    {
        _session.InsertAll(facts);
        _session.Fire(10_000);
        return this;
    }

    public IReadOnlyList<T> Yielded<T>() => _session.Query<T>().ToList();
}
