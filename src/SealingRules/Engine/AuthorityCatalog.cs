using System.Reflection;
using Newtonsoft.Json.Linq;

namespace SealingRules.Engine;

/// <summary>A proposition of law the rules cite, with its pin and how the pin was confirmed.</summary>
public sealed record Proposition(string Id, string AuthorityId, string Text, string Pin, string VerificationLevel, string Source, string Cite, string? Caveat, DateOnly Decided)
{
    /// <summary>Levels at which a pin counts as confirmed: stated by the seed order, read in the text, or read in a citing order.</summary>
    public static readonly IReadOnlySet<string> ConfirmedLevels = new HashSet<string> { "seed", "primary", "citing-court" };

    /// <summary>The authority's full citation with a <c>{pin}</c> to fill (the catalog's <c>cite</c>).</summary>
    public string Template { get; init; } = Cite;

    /// <summary>Its short form, for later citations in the same document (the catalog's <c>short</c>; the full form where none is given).</summary>
    public string ShortTemplate { get; init; } = Cite;

    /// <summary>Whether the pin is confirmed (seed, primary or citing-court): only confirmed propositions are printed.</summary>
    public bool Confirmed => ConfirmedLevels.Contains(VerificationLevel);

    /// <summary>The year in the cite's closing parenthetical, for checking it against <see cref="Decided"/>.</summary>
    public int? CiteYear { get; } = CitePatterns.Year().Match(Cite) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The day the authority was decided (a rule of procedure: the day its cited text took effect), read from the
    /// catalog's <c>decided</c>: a full date, or a month or year whose last day is taken when the day is not known,
    /// so an authority is never cited on a day before it could have existed.
    /// </summary>
    public static DateOnly ParseDecided(string decided)
    {
        var parts = decided.Split('-');
        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Length == 1) return new DateOnly(year, 12, 31);
        var month = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Length == 2) return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
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

    /// <summary>Every proposition in the catalog.</summary>
    public IReadOnlyCollection<Proposition> Propositions => _byId.Values;

    /// <summary>The proposition with this id, or null.</summary>
    public Proposition? Find(string id) => _byId.GetValueOrDefault(id);

    // Read once per process: the engine and the citation forms of every report share it (it is never changed).
    private static readonly Lazy<AuthorityCatalog> Embedded = new(ReadEmbedded);

    /// <summary>The catalog embedded in the rules assembly (read once, then shared; it is immutable).</summary>
    public static AuthorityCatalog Load() => Embedded.Value;

    private static AuthorityCatalog ReadEmbedded()
    {
        var assembly = typeof(Rules.RuleSet).Assembly;
        using var stream = assembly.GetManifestResourceStream("SealingRules.Rules.authorities.catalog.json")
            ?? throw new InvalidOperationException("The authority catalog is not embedded in the rules assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>A catalog read from its JSON (for tests and tools).</summary>
    public static AuthorityCatalog Parse(string json)
    {
        var byId = new Dictionary<string, Proposition>(StringComparer.Ordinal);
        foreach (var authority in JObject.Parse(json)["authorities"]!)
        {
            var template = (string)authority["cite"]!;
            var decided = Proposition.ParseDecided((string?)authority["decided"]
                ?? throw new InvalidOperationException($"Authority '{authority["id"]}' has no decided date."));
            foreach (var p in authority["propositions"]!)
            {
                var pin = (string)p["pin"]!;
                var id = (string)p["id"]!;
                byId.Add(id, new Proposition(id, (string)authority["id"]!, (string)p["text"]!, pin,
                    (string)p["verificationLevel"]!, (string)p["source"]!, template.Replace("{pin}", pin), (string?)authority["caveat"], decided)
                {
                    Template = template,
                    ShortTemplate = (string?)authority["short"] ?? template,
                });
            }
        }
        return new AuthorityCatalog(byId);
    }
}
