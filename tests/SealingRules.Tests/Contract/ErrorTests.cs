using SealingRules.Contract;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>Each error code of the contract, with the path and line it names. Nothing is evaluated from a bad request.</summary>
public sealed class ErrorTests
{
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
    public void Valid_RequestIsRead()
    {
        var request = new RequestReader().Read(Valid);

        Assert.Single(request.Items);
        Assert.Single(request.Harms);
    }

    [Fact]
    public void AsOf_GivenIsTheLawDate_OtherwiseTheReadersClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 3, 4, 23, 59, 0, TimeSpan.Zero));
        var reader = new RequestReader(Limits.Default, clock);

        Assert.Equal(new DateOnly(2019, 11, 21), reader.Read(Valid).AsOf);
        Assert.Equal(new DateOnly(2031, 3, 4), reader.Read(Valid.Replace("\"asOf\": \"2019-11-21\",", "")).AsOf);
    }

    [Fact]
    public void InvalidJson_NamesLineAndColumn()
    {
        var e = Refuse(Valid.Replace("\"seal\",", "\"seal\""));

        Assert.Equal(ContractError.InvalidJson, e.Code);
        Assert.Equal(13, e.Line);
        Assert.NotNull(e.Column);
    }

    [Fact]
    public void TruncatedJson_IsInvalidJson() => Assert.Equal(ContractError.InvalidJson, Refuse(Valid[..200]).Code);

    [Fact]
    public void MissingField_NamesThePath()
    {
        var e = Refuse(Valid.Replace("\"movant\": \"defendant\",", ""));

        Assert.Equal(ContractError.MissingField, e.Code);
        Assert.Equal("motions[0].movant", e.Path);
        Assert.Contains("movant", e.Message);
    }

    [Fact]
    public void UnknownEnumValue_IsInvalidValueAndListsTheChoices()
    {
        var e = Refuse(Valid.Replace("\"request\": \"seal\"", "\"request\": \"sealed\""));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Equal("motions[0].items[0].request", e.Path);
        Assert.Equal("motions[0].items[0].request: 'sealed' is not one of seal, redact; did you mean 'seal'?", e.Message);
        Assert.Equal(12, e.Line);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public void ADateOutsideTheYearsOfAnyRecord_IsRefused_AndNotEvaluated(string day)
    {
        var e = Refuse(Valid.Replace("2019-11-21", day));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Equal("asOf", e.Path);
        Assert.Contains("must be a date from 1900-01-01 to 2199-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEndsOfTheYearsAllowed_AreRead()
    {
        Assert.Equal(new DateOnly(1900, 1, 1), new RequestReader().Read(Valid.Replace("2019-11-21", "1900-01-01")).AsOf);
        Assert.Equal(new DateOnly(2199, 12, 31), new RequestReader().Read(Valid.Replace("2019-11-21", "2199-12-31")).AsOf);
    }

    // The facts are confidential: an error repeats a mistyped word so the user sees it, never a sentence of the facts.
    [Theory]
    [InlineData("\"kind\": \"pricing-terms\"", "\"kind\": \"Plaintiff John Doe's HIV diagnosis\"")]
    [InlineData("\"request\": \"seal\"", "\"request\": \"Disclosure reveals his HIV status\"")]
    [InlineData("\"information\": [ { \"id\": \"ex-1-a\", \"kind\": \"pricing-terms\", \"about\": \"party\" } ]", "\"information\": \"John Doe's HIV diagnosis\"")]
    [InlineData("\"asOf\": \"2019-11-21\"", "\"asOf\": \"the day John Doe was diagnosed\"")]
    public void AnError_NeverQuotesTheFacts(string from, string to)
    {
        var e = Refuse(Valid.Replace(from, to));

        Assert.DoesNotContain("HIV", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("John Doe", e.Message, StringComparison.Ordinal);
        Assert.Contains(" characters", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the string the", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredFieldGivenAsNull_IsSaidToBeNull_NotMissing()
    {
        var e = Refuse(Valid.Replace("\"movant\": \"defendant\",", "\"movant\": null,"));

        Assert.Equal(ContractError.MissingField, e.Code);
        Assert.Equal("motions[0].movant", e.Path);
        Assert.Contains("required field 'movant' is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionalObjectGivenAsNull_IsReadAsAbsent_NotACrash()
    {
        // Found by the fuzz tests: "filing": null reached a child lookup on a JSON null.
        var request = new RequestReader().Read(Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"filing\": null,"));

        Assert.Single(request.Items);
        Assert.False(request.HasFiling);
    }

    [Fact]
    public void SchemaVersionOnePointZero_IsTheNumberOne() => Assert.Single(new RequestReader().Read(Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1.0,")).Items);

    [Theory]
    [InlineData("medcal", "did you mean 'medical'?")]
    [InlineData("trade secret", "did you mean 'trade-secret'?")]
    [InlineData("medical-leave", "did you mean 'medical'?")]
    [InlineData("xyzzy", null)]
    public void AMistypedValueOfALongList_NamesTheNearestValue_NotAllFortyOfThem(string typed, string? hint)
    {
        var e = Refuse(Valid.Replace("\"kind\": \"pricing-terms\"", $"\"kind\": \"{typed}\""));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.DoesNotContain("blood-type", e.Message, StringComparison.Ordinal);
        Assert.Contains("values this field takes (listed in the request schema)", e.Message, StringComparison.Ordinal);
        if (hint is null) Assert.DoesNotContain("did you mean", e.Message, StringComparison.Ordinal);
        else Assert.EndsWith(hint, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("party-business", "did you mean 'party'?")]
    [InlineData("non-party-busines", "did you mean 'non-party-business'?")]
    [InlineData("private-individuals", "did you mean 'private-individual'?")]
    public void AnAboutNearTheOppositeParty_IsNotOfferedIt(string typed, string hint)
    {
        var e = Refuse(Valid.Replace("\"about\": \"party\"", $"\"about\": \"{typed}\""));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.EndsWith(hint, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistypedFiling_ListsAllFourteenFilings_SoAProgramNeedNotLookThemUp()
    {
        var e = Refuse(Valid.Replace("\"underlyingFiling\": \"summary-judgment\"", "\"underlyingFiling\": \"dispositive\""));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Contains("'dispositive' is not one of complaint, motion-to-dismiss, summary-judgment,", e.Message, StringComparison.Ordinal);
        Assert.Contains("unfiled-discovery, other", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\": \"pricing-terms\"", "\"kind\": \"pricing-terms\", \"lable\": \"the price table\"", "motions[0].items[0].information[0].lable", "unknown field 'lable'; did you mean 'label'? (an Information has: id, kind,")]
    [InlineData("\"kind\": \"pricing-terms\"", "\"kind\": \"pricing-terms\", \"location\": \"pages 4-5\"", "motions[0].items[0].information[0].location", "unknown field 'location' (an Information has: id, kind,")]
    [InlineData("\"request\": \"seal\"", "\"request\": \"seal\", \"Title\": \"Exhibit 3\"", "motions[0].items[0].Title", "unknown field 'Title'; did you mean 'title'? (an Item has:")]
    public void AnUnknownField_NamesTheNearestField_WithTheRightArticle(string find, string replace, string path, string says)
    {
        var e = Refuse(Valid.Replace(find, replace));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Equal(path, e.Path);
        Assert.Contains(says, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_IsInvalidValue()
    {
        var e = Refuse(Valid.Replace("\"motions\": [", "\"motions\": 5, \"x\": ["));

        Assert.Equal(ContractError.InvalidValue, e.Code);
    }

    [Fact]
    public void BooleanAsString_IsInvalidValue()
    {
        var e = Refuse(Valid.Replace("\"request\": \"seal\",", "\"request\": \"seal\", \"alreadyPublic\": \"yes\","));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Equal("motions[0].items[0].alreadyPublic", e.Path);
    }

    [Fact]
    public void UnknownField_IsRefusedRatherThanIgnored()
    {
        var e = Refuse(Valid.Replace("\"request\": \"seal\",", "\"request\": \"seal\", \"alreadyPubic\": true,"));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Equal("motions[0].items[0].alreadyPubic", e.Path);
    }

    [Fact]
    public void BadDate_IsInvalidValue() => Assert.Equal("asOf", Refuse(Valid.Replace("2019-11-21", "21/11/2019")).Path);

    [Fact]
    public void EmptyList_IsInvalidValue()
    {
        var e = Refuse(Valid.Replace("\"information\": [ { \"id\": \"ex-1-a\", \"kind\": \"pricing-terms\", \"about\": \"party\" } ]", "\"information\": []"));

        Assert.Equal(ContractError.InvalidValue, e.Code);
        Assert.Equal("motions[0].items[0].information", e.Path);
    }

    [Fact]
    public void DuplicateId_NamesTheSecondUse()
    {
        var e = Refuse(Valid.Replace("\"items\": [", "\"items\": [ { \"id\": \"ex-1\", \"request\": \"redact\", \"information\": [ { \"id\": \"z\", \"kind\": \"name\", \"about\": \"party\" } ] },"));

        Assert.Equal(ContractError.DuplicateId, e.Code);
        Assert.Equal("motions[0].items[1].id", e.Path);
    }

    [Fact]
    public void DanglingReference_IsUnknownReference()
    {
        var e = Refuse(Valid.Replace("\"information\": [\"ex-1-a\"]", "\"information\": [\"ex-1-b\"]"));

        Assert.Equal(ContractError.UnknownReference, e.Code);
        Assert.Equal("motions[0].items[0].harms[0].information[0]", e.Path);
        Assert.Equal(14, e.Line);
    }

    [Fact]
    public void OtherVersion_IsUnsupported() => Assert.Equal(ContractError.UnsupportedVersion, Refuse(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")).Code);

    [Fact]
    public void AbsurdNesting_IsTooLarge()
    {
        var deep = "{\"schemaVersion\": 1, \"case\": " + new string('[', 5000) + new string(']', 5000) + "}";

        Assert.Equal(ContractError.TooLarge, Refuse(deep).Code);
    }

    [Fact]
    public void HugeString_IsTooLarge()
        => Assert.Equal(ContractError.TooLarge, Refuse(Valid.Replace("\"ECF 1\"", $"\"{new string('x', 20_000)}\"")).Code);

    [Fact]
    public void HugeRequest_IsTooLarge()
    {
        var e = Assert.Throws<ContractException>(() => new RequestReader(new Limits { MaxRequestChars = 100 }).Read(Valid)).Error;

        Assert.Equal(ContractError.TooLarge, e.Code);
    }

    [Fact]
    public void NotAnObject_IsInvalidJson() => Assert.Equal(ContractError.InvalidJson, Refuse("[1, 2]").Code);

    [Fact]
    public void DuplicateProperty_IsInvalidJson()
        => Assert.Equal(ContractError.InvalidJson, Refuse(Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,")).Code);

    [Fact]
    public void Error_SerializesAsTheContractsBody()
    {
        var json = Refuse(Valid.Replace("\"request\": \"seal\"", "\"request\": \"sealed\"")).ToJson();

        Assert.StartsWith("{\"error\":{\"code\":\"invalid-value\",\"message\":", json);
        Assert.Contains("\"path\":\"motions[0].items[0].request\"", json);
    }
}
