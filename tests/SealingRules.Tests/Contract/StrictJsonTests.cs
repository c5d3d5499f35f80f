using SealingRules.Contract;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>
/// Only JSON is read: what a lenient parser would accept (comments, trailing commas, single quotes, unquoted names,
/// NaN) is refused as invalid-json, at the line and column where it stands, in the project's words.
/// </summary>
public sealed class StrictJsonTests
{
    // A valid request, one member a line, so each case below can name the line it breaks.
    private const string Valid = """
        {
          "schemaVersion": 1,
          "asOf": "2019-11-21",
          "motions": [
            {
              "id": "ECF 1",
              "movant": "defendant",
              "underlyingFiling": "summary-judgment",
              "items": [
                {
                  "id": "ex-1",
                  "request": "seal",
                  "information": [ { "id": "ex-1-a", "kind": "pricing-terms", "about": "party" } ],
                  "harms": [ { "kind": "competitive-harm", "showing": "specific", "information": ["ex-1-a"] } ]
                }
              ]
            }
          ]
        }
        """;

    private static ContractError Refuse(string json) => Assert.Throws<ContractException>(() => new RequestReader().Read(json)).Error;

    [Fact]
    public void TheValidRequest_IsRead() => Assert.Single(new RequestReader().Read(Valid).Items);

    public static TheoryData<string, string, string, int, int> Broken => new()
    {
        // name, the text replaced, its replacement, line, column of the error
        { "line comment", "\"asOf\": \"2019-11-21\",", "\"asOf\": \"2019-11-21\", // the order's date", 3, 25 },
        { "block comment", "\"schemaVersion\": 1,", "/* v1 */ \"schemaVersion\": 1,", 2, 3 },
        { "trailing comma in object", "\"about\": \"party\" }", "\"about\": \"party\", }", 13, 89 },
        { "trailing comma in array", "\"information\": [\"ex-1-a\"] }", "\"information\": [\"ex-1-a\",] }", 14, 100 },
        { "single-quoted string", "\"request\": \"seal\"", "\"request\": 'seal'", 12, 22 },
        { "single-quoted name", "\"request\": \"seal\"", "'request': \"seal\"", 12, 11 },
        { "unquoted name", "\"request\": \"seal\"", "request: \"seal\"", 12, 11 },
        { "NaN", "\"schemaVersion\": 1", "\"schemaVersion\": NaN", 2, 20 },
        { "Infinity", "\"schemaVersion\": 1", "\"schemaVersion\": Infinity", 2, 20 },
        { "leading plus", "\"schemaVersion\": 1", "\"schemaVersion\": +1", 2, 20 },
        { "hex number", "\"schemaVersion\": 1", "\"schemaVersion\": 0x1", 2, 21 },
        { "True capitalised", "\"request\": \"seal\"", "\"request\": True", 12, 22 },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void NonJson_IsRefusedWhereItStands(string name, string from, string to, int line, int column)
    {
        var broken = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, broken);

        var e = Refuse(broken);

        Assert.Equal(ContractError.InvalidJson, e.Code);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.False(string.IsNullOrWhiteSpace(e.Message), name);
        // The project's words: not the parser's ("LineNumber:", "BytePositionInLine", "Newtonsoft", "Path '").
        Assert.DoesNotContain("BytePosition", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path '", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("is invalid", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, // c\n}", "comments are not allowed in JSON")]
    [InlineData("{\"schemaVersion\": 1,}", "a comma may not follow the last member of an object or array")]
    [InlineData("{'schemaVersion': 1}", "strings and names must be in double quotes, not single quotes")]
    [InlineData("{schemaVersion: 1}", "names must be in double quotes")]
    [InlineData("{\"schemaVersion\": NaN}", "NaN, Infinity and undefined are not JSON values")]
    [InlineData("{\"schemaVersion\": 1", "the request ends before its JSON is complete")]
    [InlineData("{\"schemaVersion\": 1} {}", "unexpected content after the end of the request")]
    public void EachKindOfError_IsSaidInTheProjectsWords(string json, string message) => Assert.Equal(message, Refuse(json).Message);

    [Fact]
    public void Column_CountsCharactersNotBytes()
    {
        // "é" is two bytes in UTF-8; the column is in characters, as an editor shows it.
        var e = Refuse("{\"case\": {\"name\": \"Café\",}}");
        Assert.Equal((1, 26), (e.Line, e.Column));
    }

    [Fact]
    public void TheRefusal_DoesNotQuoteTheRequest()
    {
        var e = Refuse("{\"case\": {\"name\": \"Jane Roe\" \"number\": 'secret-number'}}");
        Assert.DoesNotContain("Jane", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
    }
}
