using System.Reflection;
using Newtonsoft.Json.Linq;

namespace SealingRules.Engine;

/// <summary>A proposition of law the rules cite, with its pin and how the pin was confirmed.</summary>
public sealed record Proposition(string Id, string AuthorityId, string Text, string Pin, string VerificationLevel, string Source, string Cite, string? Caveat)
{
    /// <summary>Levels at which a pin counts as confirmed: stated by the seed order, read in the text, or read in a citing order.</summary>
    public static readonly IReadOnlySet<string> ConfirmedLevels = new HashSet<string> { "seed", "primary", "citing-court" };

    public bool Confirmed => ConfirmedLevels.Contains(VerificationLevel);

    /// <summary>The year the authority was decided, read from its cite; null for rules of procedure.</summary>
    public int? Year { get; } = YearOf(Cite);

    private static int? YearOf(string cite)
        => CitePatterns.Year().Match(cite) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;
}

/// <summary>Source-generated, so that loading the catalog does not parse and build a regex at start-up.</summary>
internal static partial class CitePatterns
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(1[89]\d{2}|20\d{2})\)")]
    internal static partial System.Text.RegularExpressions.Regex Year();
}

/// <summary>The project's authority catalog (rules/authorities/catalog.json), embedded in the rules assembly.</summary>
public sealed class AuthorityCatalog
{
    private readonly Dictionary<string, Proposition> _byId;

    private AuthorityCatalog(Dictionary<string, Proposition> byId) => _byId = byId;

    public IReadOnlyCollection<Proposition> Propositions => _byId.Values;

    public Proposition? Find(string id) => _byId.GetValueOrDefault(id);

    public static AuthorityCatalog Load()
    {
        var assembly = typeof(Rules.RuleSet).Assembly;
        using var stream = assembly.GetManifestResourceStream("SealingRules.Rules.authorities.catalog.json")
            ?? throw new InvalidOperationException("The authority catalog is not embedded in the rules assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static AuthorityCatalog Parse(string json)
    {
        var byId = new Dictionary<string, Proposition>(StringComparer.Ordinal);
        foreach (var authority in JObject.Parse(json)["authorities"]!)
        {
            var template = (string)authority["cite"]!;
            foreach (var p in authority["propositions"]!)
            {
                var pin = (string)p["pin"]!;
                var id = (string)p["id"]!;
                byId.Add(id, new Proposition(id, (string)authority["id"]!, (string)p["text"]!, pin,
                    (string)p["verificationLevel"]!, (string)p["source"]!, template.Replace("{pin}", pin), (string?)authority["caveat"]));
            }
        }
        return new AuthorityCatalog(byId);
    }
}
