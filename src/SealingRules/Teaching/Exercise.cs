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
        var request = Path.Combine(folder, "request.json");
        var expected = Path.Combine(folder, "expected.json");
        if (!File.Exists(request) || !File.Exists(expected))
            throw new FileNotFoundException($"{folder} is not an exercise: it needs request.json and expected.json");
        var caseFile = Path.Combine(folder, "exercise.md");
        return new Exercise(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), File.ReadAllText(request),
            JObject.Parse(File.ReadAllText(expected)), File.Exists(caseFile) ? File.ReadAllText(caseFile) : null);
    }
}
