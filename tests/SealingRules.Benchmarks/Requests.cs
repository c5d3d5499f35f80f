using Newtonsoft.Json.Linq;

namespace SealingRules.Benchmarks;

/// <summary>The requests measured: the seed, and a synthetic 200-item request built from a fixed seed.</summary>
public static class Requests
{
    public static string Seed() => File.ReadAllText(Path.Combine(FindRoot(), "examples", "al-otro-lado-2019", "request.json"));

    /// <summary>The seed with its four reasons given as the movant's words instead of typed showings.</summary>
    public static string SeedWithStatements() => File.ReadAllText(Path.Combine(FindRoot(), "examples", "al-otro-lado-2019", "request-statements.json"));

    public static string Synthetic(int items = 200, int seed = 42)
    {
        var rng = new Random(seed);
        string[] kinds = ["pricing-terms", "trade-secret", "financial-data", "name", "home-address", "phone-number", "email-address", "medical", "operational-data", "gender", "birthdate"];
        string[] abouts = ["party", "private-individual", "public-official", "government-agency", "non-party-business"];
        string[] harms = ["competitive-harm", "privacy", "safety", "security-vulnerability", "embarrassment"];
        string[] showings = ["specific", "generalized", "conclusory", "hypothetical"];
        string[] filings = ["summary-judgment", "discovery", "class-certification", "preliminary-injunction"];
        var motions = new JArray();
        var n = 0;
        for (var m = 0; m < 4; m++)
        {
            var list = new JArray();
            for (var i = 0; i < items / 4; i++)
            {
                var infos = new JArray();
                for (var k = 0; k < 3; k++)
                    infos.Add(new JObject { ["id"] = $"n{n++}", ["kind"] = kinds[rng.Next(kinds.Length)], ["about"] = abouts[rng.Next(abouts.Length)] });
                list.Add(new JObject
                {
                    ["id"] = $"i{m}-{i}", ["request"] = rng.Next(2) == 0 ? "seal" : "redact", ["information"] = infos,
                    ["harms"] = new JArray(new JObject { ["kind"] = harms[rng.Next(harms.Length)], ["showing"] = showings[rng.Next(showings.Length)], ["evidence"] = "declaration" }),
                });
            }
            motions.Add(new JObject { ["id"] = $"m{m}", ["movant"] = "defendant", ["underlyingFiling"] = filings[m], ["items"] = list });
        }
        return new JObject { ["schemaVersion"] = 1, ["asOf"] = "2020-01-01", ["motions"] = motions }.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SealingRules.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
