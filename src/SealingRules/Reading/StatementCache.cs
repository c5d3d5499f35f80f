using System.Collections.Concurrent;
using SealingRules.Model;

namespace SealingRules.Reading;

/// <summary>
/// Readings already made, by their words and what they concern: the what-if and the batch re-decide the same statement
/// many times. Bounded: past the limit it starts again, since a reading costs milliseconds.
/// </summary>
internal sealed class StatementCache
{
    private const int Limit = 4_096;

    private readonly ConcurrentDictionary<string, (ShowingRead Read, IReadOnlyList<FoundFeature> Features)> _reads = new(StringComparer.Ordinal);

    public static string Key(Statement s, string text)
        => $"{s.HarmKind}|{string.Join(",", s.InformationKinds)}|{string.Join(",", s.Subjects)}|{s.Readable}|{text}";

    public bool TryGet(string key, out (ShowingRead Read, IReadOnlyList<FoundFeature> Features) read) => _reads.TryGetValue(key, out read);

    public void Add(string key, (ShowingRead Read, IReadOnlyList<FoundFeature> Features) read)
    {
        if (_reads.Count >= Limit) _reads.Clear();
        _reads[key] = read;
    }
}
