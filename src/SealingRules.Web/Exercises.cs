using Newtonsoft.Json.Linq;

namespace SealingRules.Web;

/// <summary>The exercises the page offers: their names, and the facts a student reads (never the answer).</summary>
internal static class Exercises
{
    /// <summary>Every exercise folder, in order: its slug and the case file's first heading.</summary>
    public static IReadOnlyList<object> List(string root)
        => !Directory.Exists(root) ? [] :
            [.. Directory.GetDirectories(root).Order(StringComparer.Ordinal).Where(Teaching.Exercise.IsExercise)
                .Select(f => new { slug = Path.GetFileName(f), title = Title(f) })];

    /// <summary>The folder of the exercise named <paramref name="slug"/>, or null when there is none by that name.</summary>
    public static string? Find(string root, string slug)
    {
        if (slug.Length == 0 || slug.Contains("..", StringComparison.Ordinal) || slug.IndexOfAny(['/', '\\']) >= 0) return null;
        var folder = Path.Combine(root, slug);
        return Teaching.Exercise.IsExercise(folder) ? folder : null;
    }

    /// <summary>
    /// What a student may see: the case file, the request (the facts) and which reasons the key asks about (how
    /// particular each is, a paragraph for each), never its answers; expected.json stays on the server.
    /// </summary>
    public static object Facts(string folder)
    {
        var caseFile = Path.Combine(folder, "exercise.md");
        return new
        {
            slug = Path.GetFileName(folder),
            title = Title(folder),
            caseFile = File.Exists(caseFile) ? File.ReadAllText(caseFile) : null,
            request = JObject.Parse(File.ReadAllText(Path.Combine(folder, "request.json"))),
            asks = Asks(folder),
        };
    }

    // For each item whose key asks about its reasons: the harms whose particularity is a question, and those the student
    // writes a paragraph for. A reason given in words is not a question unless the key makes it one.
    private static IReadOnlyList<object> Asks(string folder)
    {
        var key = Path.Combine(folder, "expected.json");
        if (!File.Exists(key)) return [];
        return [.. JObject.Parse(File.ReadAllText(key)).SelectTokens("$.motions[*].items[*]")
            .Where(i => i["showings"] is JArray || i["statementsAsked"] is JArray)
            .Select(i => new
            {
                item = (string?)i["id"],
                showings = i["showings"] is JArray s ? s.Select(x => (int)x["harm"]!).ToArray() : [],
                statements = i["statementsAsked"] is JArray w ? w.Select(x => (int)x).ToArray() : [],
            })];
    }

    private static string Title(string folder)
    {
        var caseFile = Path.Combine(folder, "exercise.md");
        var heading = File.Exists(caseFile) ? File.ReadLines(caseFile).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal)) : null;
        return heading is null ? Path.GetFileName(folder) : heading[2..].Trim();
    }
}
