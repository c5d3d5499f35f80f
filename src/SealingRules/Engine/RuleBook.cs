using System.Reflection;
using NRules.Fluent.Dsl;
using SealingRules.Model;

namespace SealingRules.Engine;

/// <summary>What a rule class declares about itself: what it concludes, the law it encodes, the cure it suggests.</summary>
public sealed record RuleInfo(
    string Name, string Description, IReadOnlyList<string> Tags, IReadOnlyList<string> Cites, string? Cure,
    string? InForceFrom, string? InForceUntil, Type Type)
{
    /// <summary>For a rule that decides a question courts split on: the authorities for its view and for the other.</summary>
    public IReadOnlyList<string> SplitFollows { get; init; } = [];

    /// <summary>See <see cref="SplitFollows"/>.</summary>
    public IReadOnlyList<string> SplitOtherView { get; init; } = [];

    /// <summary>Older statements of the principle, cited only where none of <see cref="Cites"/> is citable on the law date.</summary>
    public IReadOnlyList<string> EarlierCites { get; init; } = [];

    /// <summary>For a discretionary or split rule: what makes the call close.</summary>
    public string? CloseCall { get; init; }

    /// <summary>Every proposition the rule names: its own cites and those of a split it decides.</summary>
    public IEnumerable<string> AllCites => Cites.Concat(SplitFollows).Concat(SplitOtherView).Concat(EarlierCites);
}

/// <summary>Metadata of every rule in the rules assembly, read once from their attributes.</summary>
public sealed class RuleBook
{
    private readonly Dictionary<string, RuleInfo> _byName;

    private RuleBook(Dictionary<string, RuleInfo> byName) => _byName = byName;

    /// <summary>Every rule's metadata.</summary>
    public IReadOnlyCollection<RuleInfo> Rules => _byName.Values;

    /// <summary>The metadata of the rule with this name.</summary>
    public RuleInfo this[string name] => _byName[name];

    /// <summary>Every rule class in the rules assembly, in a fixed order.</summary>
    public static IReadOnlyList<Type> RuleTypes { get; } = typeof(Rules.RuleSet).Assembly.GetTypes()
        .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Reads every rule's attributes.</summary>
    public static RuleBook Load() => new(RuleTypes.Select(Describe).ToDictionary(r => r.Name, StringComparer.Ordinal));

    // NRules keeps its attributes' values internal; their constructor arguments are public metadata.
    private static IEnumerable<string> Argument<TAttribute>(Type t) => t.CustomAttributes
        .Where(a => a.AttributeType == typeof(TAttribute))
        .Select(a => (string)a.ConstructorArguments[0].Value!);

    private static RuleInfo Describe(Type t)
    {
        var inForce = t.GetCustomAttribute<InForceAttribute>();
        var split = t.GetCustomAttribute<SplitAttribute>();
        return new RuleInfo(
            Argument<NameAttribute>(t).FirstOrDefault() ?? t.FullName!,
            Argument<DescriptionAttribute>(t).FirstOrDefault() ?? "",
            Argument<TagAttribute>(t).ToArray(),
            t.GetCustomAttribute<CitesAttribute>()?.Propositions ?? [],
            t.GetCustomAttribute<CureAttribute>()?.Text,
            inForce?.From, inForce?.Until, t)
        {
            SplitFollows = split?.Follows ?? [],
            SplitOtherView = split?.OtherView ?? [],
            EarlierCites = t.GetCustomAttribute<CitesAttribute>()?.Earlier ?? [],
            CloseCall = t.GetCustomAttribute<CloseCallAttribute>()?.Text,
        };
    }
}
