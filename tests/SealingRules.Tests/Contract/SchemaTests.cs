using NJsonSchema;
using SealingRules.Contract;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>Every example request is valid against the published request schema, and every result against the result schema.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> RequestSchema = new(() => JsonSchema.FromJsonAsync(Schemas.Request()).GetAwaiter().GetResult());
    private static readonly Lazy<JsonSchema> ResultSchema = new(() => JsonSchema.FromJsonAsync(Schemas.Result()).GetAwaiter().GetResult());

    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_RequestAndResult_FollowTheSchemas(string slug)
    {
        var example = new ExampleCase(slug);

        var requestErrors = RequestSchema.Value.Validate(example.RequestJson);
        var resultErrors = ResultSchema.Value.Validate(Json.Write(Shared.Service.Evaluate(example.RequestJson)));

        Assert.Empty(requestErrors.Select(e => $"{e.Path}: {e.Kind}"));
        Assert.Empty(resultErrors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void EveryChoicesPlainWords_NameItsOwnValues_AndTheMainChoicesHaveThemAll()
    {
        var schema = Schemas.RequestSchema();
        var fields = schema["definitions"]!.Children<Newtonsoft.Json.Linq.JProperty>()
            .SelectMany(d => d.Value["properties"]!.Children<Newtonsoft.Json.Linq.JProperty>().Select(p => (Name: d.Name + "." + p.Name, Field: p.Value)))
            .Where(f => f.Field["x-valueDescriptions"] is not null).ToList();

        Assert.True(fields.Count >= 15, $"{fields.Count} choices have plain words");
        // Every choice of the form, the information's kind and the district included, has its plain words.
        var choices = schema["definitions"]!.Children<Newtonsoft.Json.Linq.JProperty>().Append(new Newtonsoft.Json.Linq.JProperty("SealingRequest", schema))
            .SelectMany(d => d.Value["properties"]!.Children<Newtonsoft.Json.Linq.JProperty>().Where(p => p.Value["enum"] is not null).Select(p => d.Name + "." + p.Name + (p.Value["x-valueDescriptions"] is null ? " (none)" : "")))
            .ToList();
        Assert.DoesNotContain(choices, c => c.EndsWith(" (none)", StringComparison.Ordinal));
        foreach (var (name, field) in fields)
        {
            var values = (field["enum"] ?? field["items"]!["enum"])!.Select(v => (string)v!).ToList(); // a list of choices names them in its items
            var described = ((Newtonsoft.Json.Linq.JObject)field["x-valueDescriptions"]!).Properties().ToList();
            Assert.All(described, d => Assert.Contains(d.Name, values));
            Assert.All(described, d => Assert.False(string.IsNullOrWhiteSpace((string?)d.Value), $"{name}.{d.Name}"));
            Assert.Equal(values, described.Select(d => d.Name));
        }
    }

    [Fact]
    public void RequestSchema_RejectsWhatTheReaderRejects()
    {
        var errors = RequestSchema.Value.Validate("""{"schemaVersion": 1, "motions": [{"id": "a", "movant": "nobody", "underlyingFiling": "trial", "items": []}]}""");

        Assert.NotEmpty(errors);
    }

    // What the reader refuses the schema refuses too: a statement of white space only, a string longer than the reader takes.
    [Theory]
    [InlineData("\"statement\": \"   \"")]
    [InlineData("\"statement\": \"The prices.\", \"information\": [\"LONGID\"]")]
    public void RequestSchema_RefusesWhiteSpaceAndOverlongStrings(string harm)
    {
        var request = $$"""{"schemaVersion": 1, "motions": [{"id": "m", "movant": "plaintiff", "underlyingFiling": "trial", "items": [{"id": "i", "request": "seal", "information": [{"id": "n", "kind": "pricing-terms", "about": "party"}], "harms": [{"kind": "competitive-harm", {{harm}}}]}]}]}""";
        request = request.Replace("LONGID", new string('x', Limits.Default.MaxStringLength + 1), StringComparison.Ordinal);

        Assert.NotEmpty(RequestSchema.Value.Validate(request));
        Assert.Throws<ContractException>(() => Shared.Reader.Read(request));
    }
}
