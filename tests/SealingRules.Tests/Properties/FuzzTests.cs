using System.Text;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Mutates the example requests (truncation, type swaps, random values, huge strings, deep nesting, bad bytes,
/// duplicate ids and keys): every input must give a result or a contract error, never another exception or a hang.
/// </summary>
public sealed class FuzzTests
{
    private static readonly HashSet<string> Codes =
    [
        ContractError.InvalidJson, ContractError.MissingField, ContractError.InvalidValue, ContractError.DuplicateId,
        ContractError.UnknownReference, ContractError.UnsupportedVersion, ContractError.TooLarge,
    ];

    public static TheoryData<string> Slugs() => ExampleTests.Slugs();

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task MutatedExample_GivesAResultOrAContractError(string slug)
    {
        var original = new ExampleCase(slug).RequestJson;
        var rng = new Random(slug.GetHashCode(StringComparison.Ordinal) ^ 0x5EA1);
        var outcomes = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            var input = Mutate(original, rng);
            var run = Task.Run(() =>
            {
                try
                {
                    Shared.Service.EvaluateToJson(input);
                    return "result";
                }
                catch (ContractException e)
                {
                    Assert.Contains(e.Error.Code, Codes);
                    Assert.False(string.IsNullOrWhiteSpace(e.Error.Message));
                    return e.Error.Code;
                }
            });
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(finished == run, $"mutation {i} of {slug} did not finish");
            outcomes.Add(await run);
        }
        Assert.Contains(outcomes, o => o != "result");
    }

    private static string Mutate(string json, Random rng)
    {
        switch (rng.Next(9))
        {
            case 0: return json[..rng.Next(json.Length)];
            case 1: return new string('[', 10_000) + json + new string(']', 10_000);
            case 2:
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                for (var k = 0; k < 5; k++) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
                return Encoding.UTF8.GetString(bytes);
            }
            case 3: return json.Insert(json.IndexOf('{') + 1, "\"schemaVersion\": 1, ");
        }
        var root = JObject.Parse(json);
        var tokens = root.DescendantsAndSelf().OfType<JValue>().ToList();
        var props = root.Descendants().OfType<JProperty>().ToList();
        switch (rng.Next(6))
        {
            case 0: // type swap
                var v = tokens[rng.Next(tokens.Count)];
                v.Replace(rng.Next(6) switch
                {
                    0 => new JValue(rng.Next()), 1 => new JValue("x"), 2 => new JValue(true), 3 => JValue.CreateNull(),
                    4 => new JArray(1, 2), _ => new JObject { ["a"] = 1 },
                });
                break;
            case 1: // random enum-like string
                var s = tokens.Where(t => t.Type == JTokenType.String).ToList();
                if (s.Count > 0) s[rng.Next(s.Count)].Value = Guid.NewGuid().ToString("N")[..rng.Next(1, 12)];
                break;
            case 2: // delete a property
                props[rng.Next(props.Count)].Remove();
                break;
            case 3: // duplicate ids: copy one id over another
                var ids = props.Where(p => p.Name == "id").ToList();
                if (ids.Count > 1) ids[rng.Next(ids.Count)].Value = ids[rng.Next(ids.Count)].Value.DeepClone();
                break;
            case 4: // huge string
                var strings = tokens.Where(t => t.Type == JTokenType.String).ToList();
                if (strings.Count > 0) strings[rng.Next(strings.Count)].Value = new string('é', 100_000);
                break;
            default: // unicode noise in a value
                var any = tokens.Where(t => t.Type == JTokenType.String).ToList();
                if (any.Count > 0) any[rng.Next(any.Count)].Value = "\u0000\uFFFF\uD83D\uDE00 ∑ " + any[0].Value;
                break;
        }
        return root.ToString();
    }
}
