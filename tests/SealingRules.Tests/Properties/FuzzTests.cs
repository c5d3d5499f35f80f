using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Every example request, mutated (<see cref="Mutator"/>, fixed seeds): each input must give a result or a
/// <see cref="ContractException"/> with one of the contract's codes and a message, never another exception, and must
/// finish within <see cref="Bound"/>. A failing input is written to a file named in the failure.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int PerExample = 100;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static readonly HashSet<string> Codes =
    [
        ContractError.InvalidJson, ContractError.MissingField, ContractError.InvalidValue, ContractError.DuplicateId,
        ContractError.UnknownReference, ContractError.UnsupportedVersion, ContractError.TooLarge,
    ];

    private static readonly Lazy<string> Warm = new(() => Shared.Service.EvaluateToJson(new ExampleCase("al-otro-lado-2019").RequestJson));

    public static TheoryData<string> Slugs() => ExampleTests.Slugs();

    [Theory]
    [MemberData(nameof(Slugs))]
    public void MutatedExample_GivesAResultOrAContractError(string slug)
    {
        var outcomes = Fuzz(slug, new ExampleCase(slug).RequestJson, PerExample, Seed(slug));

        Assert.Contains(outcomes.Keys, o => o != "result");
    }

    /// <summary>The mutations reach every error code of the contract, and leave some requests valid.</summary>
    [Fact]
    public void Mutations_ReachEveryErrorCode()
    {
        var outcomes = Fuzz("al-otro-lado-2019", new ExampleCase("al-otro-lado-2019").RequestJson, 400, 2026);

        Assert.Equal(Codes.Append("result").Order(), outcomes.Keys.Order());
    }

    /// <summary>Inputs no mutation of an example is likely to reach.</summary>
    [Fact]
    public void EdgeInputs_GiveAResultOrAContractError()
    {
        var seed = new ExampleCase("al-otro-lado-2019").RequestJson;
        string[] inputs =
        [
            "", " ", "\n\t", "\uFEFF", "\u0000", "null", "true", "0", "-0", "1e400", "\"\"", "\"{}\"", "[]", "[{}]", "{}", "{", "}", "{\"",
            "{\"schemaVersion\": 1}", "{\"schemaVersion\": 1, \"motions\": []}", "{\"schemaVersion\": 1, \"motions\": [{}]}",
            "{\"schemaVersion\": 1, \"motions\": null}", "{\"schemaVersion\": 2, \"motions\": []}", "{\"motions\": []}",
            "{\"schemaVersion\": 1e400}", "{\"schemaVersion\": 18446744073709551616}", "{\"schemaVersion\": NaN}",
            "{\"schemaVersion\": 1, \"schemaVersion\": 1}", "{'schemaVersion': 1}", "{schemaVersion: 1}", "/* only a comment */",
            "\uFEFF" + seed, seed + seed, seed + "\u0000", seed[..(seed.Length / 2)],
            new string('[', 10_000), new string('{', 10_000), string.Concat(Enumerable.Repeat("{\"a\":", 10_000)),
            new string(' ', 8 * 1024 * 1024 + 1), seed + new string(' ', 8 * 1024 * 1024), new string('"', 100_000),
        ];
        var failures = new List<string>();
        for (var i = 0; i < inputs.Length; i++)
            if (Run(inputs[i]) is { Failure: { } failure }) failures.Add(Report("edge", i, "edge input", inputs[i], failure));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Mutated requests by the thousand as batch lines: every line gets exactly its own answer, the one a single
    /// evaluation of that line gives (or its error, numbered), in order, and a bad line spoils no other.
    /// </summary>
    [Fact]
    public async Task MutatedLines_InBatch_EachGetsItsOwnAnswer()
    {
        var rng = new Random(20261127);
        var slugs = ExampleCase.All().Select(e => e.Slug).ToArray();
        var lines = Enumerable.Range(0, 1_500).Select(_ =>
        {
            var original = new ExampleCase(slugs[rng.Next(slugs.Length)]).RequestJson;
            var line = rng.Next(4) == 0 ? original : Mutator.Mutate(original, rng).Input;
            return line.Replace('\n', ' ').Replace('\r', ' ');
        }).ToArray();
        var expected = lines.Select((line, i) => Expected(line, i + 1)).Where(e => e.Length > 0).ToList();
        var output = new StringWriter();

        await new SealingRules.Batch.JsonLinesBatch(Shared.Engine, Shared.Reader).RunAsync(new StringReader(string.Join("\n", lines)), output);

        var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count, answers.Length);
        for (var i = 0; i < answers.Length; i++) Assert.Equal(expected[i], answers[i]);
        Assert.Contains(answers, a => a.StartsWith("{\"line\":", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.StartsWith("{\"engine\":", StringComparison.Ordinal));
    }

    private static string Expected(string line, int number)
    {
        if (string.IsNullOrWhiteSpace(line)) return "";
        try
        {
            return Shared.Service.EvaluateToJson(line, indented: false);
        }
        catch (ContractException e)
        {
            return Newtonsoft.Json.JsonConvert.SerializeObject(new { line = number, error = e.Error });
        }
    }

    private Dictionary<string, int> Fuzz(string name, string original, int count, int seed)
    {
        var rng = new Random(seed);
        var outcomes = new Dictionary<string, int>();
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (input, how) = Mutator.Mutate(original, rng);
            var (outcome, failure) = Run(input);
            if (failure is not null) failures.Add(Report(name, i, how, input, failure));
            else outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        output.WriteLine($"{name}: {count} inputs: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        return outcomes;
    }

    /// <summary>Evaluates one input under the time bound: the outcome ("result" or the error code), or why it fails.</summary>
    private static (string Outcome, string? Failure) Run(string input)
    {
        // The bound is for the input, not for compiling the rules: that happens once, outside it.
        _ = Warm.Value;
        // Its own thread: a pool thread can wait behind the other tests' work, and the wait would count against the input.
        var run = Task.Factory.StartNew<(string, string?)>(() =>
        {
            try
            {
                JObject.Parse(Shared.Service.EvaluateToJson(input));
                return ("result", null);
            }
            catch (ContractException e)
            {
                if (!Codes.Contains(e.Error.Code)) return (e.Error.Code, $"error code '{e.Error.Code}' is not one of the contract's");
                if (string.IsNullOrWhiteSpace(e.Error.Message)) return (e.Error.Code, "error without a message");
                JObject.Parse(e.Error.ToJson());
                return (e.Error.Code, null);
            }
            catch (Exception e)
            {
                return ("exception", $"{e.GetType().Name}: {e.Message}");
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return run.Wait(Bound) ? run.Result : ("hang", $"did not finish within {Bound.TotalSeconds} s");
    }

    private static string Report(string name, int i, string how, string input, string failure)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sealingrules-fuzz");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{i}.json");
        File.WriteAllText(file, input);
        return $"{name} #{i} ({how}): {failure}; input in {file}";
    }

    /// <summary>A seed from the slug that is the same in every process (string.GetHashCode is not).</summary>
    private static int Seed(string slug)
    {
        var hash = 2166136261u;
        foreach (var c in slug) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ 0x5EA1_2026u);
    }
}
