using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// How often courts have judged words as this reading does: for each finding that carries a reading (the rule of its
/// first step) and the showing it reads, how many statements of the corpus's rules part it decides and in how many the
/// court's verdict matched (specific or not). Written by the corpus test (corpus/statements/track-record.json, embedded)
/// from the rules part only, so no held-out verdict reaches an output. It never changes a reading: it tells a filer
/// how far words read this way have carried in court.
/// </summary>
internal static class TrackRecord
{
    private static readonly Lazy<Dictionary<string, (int Judged, int Agreed)>> Records = new(Load);

    /// <summary>The record of readings carried by <paramref name="rule"/> as <paramref name="read"/>, or null where the corpus has none.</summary>
    public static TrackRecordResult? For(string rule, Showing read)
        => Records.Value.TryGetValue(Key(rule, read), out var r) ? new TrackRecordResult(rule, r.Judged, r.Agreed) : null;

    public static string Key(string rule, Showing read) => $"{rule}|{Kebab.Of(read)}";

    private static Dictionary<string, (int, int)> Load()
    {
        using var stream = typeof(TrackRecord).Assembly.GetManifestResourceStream("SealingRules.track-record.json")
            ?? throw new InvalidOperationException("The track record of readings is not embedded.");
        using var reader = new StreamReader(stream);
        return JObject.Parse(reader.ReadToEnd())["records"]!.Cast<JObject>().ToDictionary(
            o => $"{(string)o["rule"]!}|{(string)o["read"]!}", o => ((int)o["judged"]!, (int)o["agreed"]!), StringComparer.Ordinal);
    }
}
