using System.Globalization;
using SealingRules.Engine;

namespace SealingRules.Reports;

/// <summary>
/// Citations as a court writes them in one document: an authority in full the first time it is cited, in its short
/// form after ("Kamakana, 447 F.3d at 1179"); and, within one sentence, the pins of one authority joined into one
/// citation ("1178, 1179, 1180-81", not "1179; … 1178, 1180-81"). One instance per document, used in reading order. Cites the
/// catalog does not hold (none should reach here) are written as they come.
/// </summary>
public sealed class CiteForms
{
    private static readonly Lazy<IReadOnlyDictionary<string, Proposition>> ByCite = new(() => AuthorityCatalog.Load().Propositions
        .GroupBy(p => p.Cite, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    private readonly HashSet<string> _cited = new(StringComparer.Ordinal);

    /// <summary>The citations of one sentence, in the order given, as this document writes them at this point.</summary>
    /// <param name="cites">Full citations, as the evaluation gives them.</param>
    public IReadOnlyList<string> Of(IEnumerable<string> cites)
    {
        var groups = new List<(string Key, Proposition? Source, List<string> Pins)>();
        foreach (var cite in cites)
        {
            var source = ByCite.Value.GetValueOrDefault(cite);
            var key = source?.AuthorityId ?? cite;
            var at = groups.FindIndex(g => g.Key == key);
            if (at < 0) groups.Add((key, source, [source?.Pin ?? ""]));
            else groups[at].Pins.Add(source?.Pin ?? "");
        }
        return [.. groups.Select(g => Write(g.Key, g.Source, g.Pins))];
    }

    private string Write(string key, Proposition? source, List<string> pins)
    {
        if (source is null) return key;
        var pin = Pins.Join(pins);
        var full = !_cited.Contains(key);
        _cited.Add(key);
        return (full ? source.Template : source.ShortTemplate).Replace("{pin}", pin, StringComparison.Ordinal);
    }
}

/// <summary>Pins of one authority joined as a court writes them: pages in order, a page inside a range dropped, the rest kept in order.</summary>
public static class Pins
{
    /// <summary>"1179" and "1178, 1180-81" give "1178, 1179, 1180-81"; "1179" and "1178-79" give "1178-79"; "678" and "679 &amp; n.6" give "678, 679 &amp; n.6".</summary>
    /// <param name="pins">Each pin as the catalog gives it.</param>
    public static string Join(IEnumerable<string> pins)
    {
        var pages = new List<(int From, int To)>();
        var others = new List<string>();
        foreach (var part in pins.SelectMany(p => p.Split(", ", StringSplitOptions.RemoveEmptyEntries)))
        {
            if (Range(part) is { } range) pages.Add(range);
            else if (!others.Contains(part)) others.Add(part);
        }
        var merged = new List<(int From, int To)>();
        foreach (var (from, to) in pages.OrderBy(r => r.From))
        {
            // Only overlapping pages merge: each page the court used stays visible ("1178, 1179, 1180-81").
            if (merged.Count > 0 && from <= merged[^1].To) merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, to));
            else merged.Add((from, to));
        }
        return string.Join(", ", merged.Select(Written).Concat(others));
    }

    // "1178" or "1178-79" or "1099-1102": a page or a range whose end may drop the digits it shares with its start.
    private static (int From, int To)? Range(string pin)
    {
        var dash = pin.IndexOf('-', StringComparison.Ordinal);
        var start = dash < 0 ? pin : pin[..dash];
        if (!Digits(start)) return null;
        var from = int.Parse(start, CultureInfo.InvariantCulture);
        if (dash < 0) return (from, from);
        var end = pin[(dash + 1)..];
        if (!Digits(end) || end.Length > start.Length) return null;
        var to = int.Parse(start[..(start.Length - end.Length)] + end, CultureInfo.InvariantCulture);
        return to < from ? null : (from, to);
    }

    private static bool Digits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    // A range ends in its last two digits where only those differ from the start ("1178-79"), in full otherwise.
    private static string Written((int From, int To) r)
    {
        if (r.From == r.To) return r.From.ToString(CultureInfo.InvariantCulture);
        string from = r.From.ToString(CultureInfo.InvariantCulture), to = r.To.ToString(CultureInfo.InvariantCulture);
        var shortEnd = from.Length == to.Length && to.Length > 2 && from[..^2] == to[..^2] ? to[^2..] : to;
        return $"{from}-{shortEnd}";
    }
}
