using Newtonsoft.Json.Linq;
using SealingRules.Cli;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

public sealed class BatchTests
{
    private static readonly string Seed = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"))).ToString(Newtonsoft.Json.Formatting.None);

    [Fact]
    public async Task Jsonl_OneResultPerLine_InOrder_WithErrorLinesNumbered()
    {
        var lines = Enumerable.Range(0, 1200).Select(i => i == 700 ? "{\"schemaVersion\": 1" : i == 900 ? "" : Seed);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["evaluate", "--jsonl", "-"], new StringReader(string.Join("\n", lines)), output, error);

        var outLines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, code);
        Assert.Equal(1199, outLines.Length);
        var refused = JObject.Parse(outLines[700]);
        Assert.Equal(701, (long)refused["line"]!);
        Assert.Equal("invalid-json", (string)refused["error"]!["code"]!);
        Assert.All(outLines.Where((_, i) => i != 700), l => Assert.Equal(4, JObject.Parse(l)["motions"]!.Count()));
        Assert.Equal(Shared.Service.EvaluateToJson(Seed, indented: false), outLines[0]);
    }
}
