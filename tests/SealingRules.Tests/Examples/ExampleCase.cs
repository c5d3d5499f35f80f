using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Support;

namespace SealingRules.Tests.Examples;

/// <summary>An example folder: the request, the court's outcome, and how the engine's result compares.</summary>
public sealed record ExampleCase(string Slug)
{
    public string Folder => Path.Combine(Repo.Examples, Slug);

    public string RequestJson => File.ReadAllText(Path.Combine(Folder, "request.json"));

    public JObject Expected => JObject.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));

    public override string ToString() => Slug;

    /// <summary>Every ruling, and every exercise (examples/exercises/&lt;slug&gt;, slug "exercises/&lt;slug&gt;"): both are tests.</summary>
    public static IEnumerable<ExampleCase> All() => Directory.GetDirectories(Repo.Examples)
        .Concat(Directory.Exists(Path.Combine(Repo.Examples, "exercises")) ? Directory.GetDirectories(Path.Combine(Repo.Examples, "exercises")) : [])
        .Where(d => File.Exists(Path.Combine(d, "request.json")))
        .Select(d => new ExampleCase(Path.GetRelativePath(Repo.Examples, d).Replace('\\', '/')))
        .OrderBy(e => e.Slug, StringComparer.Ordinal);

    /// <summary>Every place where the engine's result departs from the court's, as "slug/motion/item: what".</summary>
    public List<string> Differences(SealingResult result)
    {
        var diffs = new List<string>();
        foreach (var em in Expected["motions"]!)
        {
            var id = (string)em["id"]!;
            var rm = result.Motions.SingleOrDefault(m => m.Id == id);
            if (rm is null) { diffs.Add($"{Slug}/{id}: motion missing"); continue; }
            Compare(diffs, $"{Slug}/{id}", "standard", em["standard"], Json.Write(rm.Standard).Trim('"'));
            Compare(diffs, $"{Slug}/{id}", "disposition", em["disposition"], Json.Write(rm.Disposition).Trim('"'));
            Compare(diffs, $"{Slug}/{id}", "withoutPrejudice", em["withoutPrejudice"], rm.WithoutPrejudice ? "true" : "false");
            foreach (var ei in em["items"]!)
            {
                var itemId = (string)ei["id"]!;
                var ri = rm.Items.SingleOrDefault(i => i.Id == itemId);
                if (ri is null) { diffs.Add($"{Slug}/{id}/{itemId}: item missing"); continue; }
                var outcome = Json.Write(ri.Outcome).Trim('"');
                if ((string)ei["outcome"]! != outcome)
                    diffs.Add($"{Slug}/{id}/{itemId}: outcome {outcome}, court {(string)ei["outcome"]!}");
                else if (outcome == "redact")
                {
                    var expected = (ei["redact"] as JArray ?? []).Select(t => (string)t!).Order().ToList();
                    var actual = ri.Redact.Order().ToList();
                    if (!expected.SequenceEqual(actual))
                        diffs.Add($"{Slug}/{id}/{itemId}: redacts [{string.Join(", ", actual)}], court [{string.Join(", ", expected)}]");
                }
            }
        }
        return diffs;
    }

    private static void Compare(List<string> diffs, string where, string field, JToken? expected, string actual)
    {
        if (expected is null || expected.Type == JTokenType.Null) return;
        var e = expected.Type == JTokenType.Boolean ? ((bool)expected ? "true" : "false") : (string)expected!;
        if (e != actual) diffs.Add($"{where}: {field} {actual}, court {e}");
    }
}
