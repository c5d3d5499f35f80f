using Newtonsoft.Json.Linq;

namespace SealingRules.Teaching;

/// <summary>
/// An exercise: a request (the fact pattern), the expected answer (the court's, in the result's shape), and the
/// case file students read. Folders under <c>examples/exercises/&lt;slug&gt;/</c> hold <c>exercise.md</c>,
/// <c>request.json</c> and <c>expected.json</c>.
/// </summary>
public sealed record Exercise(string Slug, string RequestJson, JObject Expected, string? CaseFile)
{
    /// <summary>Reads an exercise from its folder.</summary>
    public static Exercise Load(string folder)
    {
        if (!IsExercise(folder))
            throw new InvalidDataException($"{folder} is not an exercise: it needs request.json and expected.json");
        JObject expected;
        try { expected = JObject.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))); }
        catch (Newtonsoft.Json.JsonReaderException) { throw new InvalidDataException($"{folder}: expected.json is not a JSON object"); }
        var caseFile = Path.Combine(folder, "exercise.md");
        return new Exercise(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), File.ReadAllText(Path.Combine(folder, "request.json")),
            expected, File.Exists(caseFile) ? File.ReadAllText(caseFile) : null);
    }

    /// <summary>
    /// The exercise's folder: the path given, or, where that is none, the exercise of that name under
    /// <c>examples/exercises</c> of <paramref name="root"/> ("14-write-the-declaration", as the README lists them).
    /// </summary>
    public static string Resolve(string given, string root)
        => !IsExercise(given) && Path.Combine(root, "examples", "exercises", given) is var named && IsExercise(named) ? named : given;

    /// <summary>
    /// The exercise a name that is none most likely meant: the one its number names ("14" for
    /// "14-write-the-declaration"), else the nearest in spelling, among the exercises beside the path given and under
    /// <c>examples/exercises</c> of <paramref name="root"/>; null where none is near.
    /// </summary>
    public static string? Nearest(string given, string root)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(given));
        if (name.Length == 0) return null;
        var beside = Path.GetDirectoryName(Path.GetFullPath(given));
        var names = new[] { Path.Combine(root, "examples", "exercises"), beside }
            .Where(d => d is not null && Directory.Exists(d))
            .SelectMany(d => Directory.GetDirectories(d!).Where(IsExercise).Select(Path.GetFileName))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return names.Where(n => n.StartsWith(name + "-", StringComparison.Ordinal)).ToList() is [var numbered]
            ? numbered
            : Contract.DidYouMean.Nearest(name, names);
    }

    /// <summary>Whether the folder holds an exercise: its request and its expected answer.</summary>
    public static bool IsExercise(string folder)
        => File.Exists(Path.Combine(folder, "request.json")) && File.Exists(Path.Combine(folder, "expected.json"));
}
