using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>The local HTTP endpoint: the same contract, 400 with the error body on bad input, loopback only.</summary>
public sealed class WebTests : IAsyncLifetime
{
    private LocalApi _api = null!;

    private HttpClient Client => _api.Client;

    public async Task InitializeAsync() => _api = await LocalApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task WhatIf_OverHttp_ReturnsTheChanges_AndABadRequestTheErrorBody()
    {
        // A two-item request: the endpoint's wiring is what is tested here (the seed's what-if, which searches sixteen
        // items, is tested in-process; over HTTP, beside the parallel suite on two cores, it once had its connection reset).
        var body = new StringContent(Orders.MovantOrderTests.PriceTable, Encoding.UTF8, "application/json");

        var response = await Client.PostAsync("/api/whatif", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync())["items"]!;
        Assert.Equal(2, items.Count());
        Assert.All(items, i => Assert.NotNull(i["changes"]));
        var bad = await Client.PostAsync("/api/whatif", new StringContent("{ \"schemaVersion\": 1 }", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("missing-field", (string)Newtonsoft.Json.Linq.JObject.Parse(await bad.Content.ReadAsStringAsync())["error"]!["code"]!);
    }

    [Fact]
    public async Task Evaluate_SeedOverHttp_ReturnsTheResult()
    {
        var body = new StringContent(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), Encoding.UTF8, "application/json");

        var response = await Client.PostAsync("/evaluate", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, JObject.Parse(await response.Content.ReadAsStringAsync())["motions"]!.Count());
    }

    [Fact]
    public async Task Evaluate_BadRequest_Is400WithTheContractsErrorBody()
    {
        var response = await Client.PostAsync("/evaluate", new StringContent("{\"schemaVersion\": 1}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("missing-field", (string)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!["code"]!);
    }

    [Fact]
    public void Server_ListensOnLoopbackOnly()
    {
        var addresses = _api.App.Urls;

        Assert.All(addresses, a => Assert.Contains("127.0.0.1", a));
    }

    private static string Seed => File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

    [Theory]
    [InlineData("/evaluate", "text/plain")]
    [InlineData("/evaluate", "application/x-www-form-urlencoded")]
    [InlineData("/api/whatif", "text/plain")]
    public async Task Post_NotDeclaredJson_Is415WithTheErrorBody(string path, string mediaType)
    {
        var response = await Client.PostAsync(path, new StringContent(Seed, Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!;
        Assert.Equal("unsupported-media-type", (string)error["code"]!);
        Assert.Equal("the request body must be sent as application/json", (string)error["message"]!);
    }

    [Fact]
    public async Task Post_WithoutContentType_Is415()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Seed));
        var response = await Client.PostAsync("/evaluate", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonWithCharset_IsAccepted()
    {
        var content = new StringContent(Seed, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/evaluate", content)).StatusCode);
    }

    [Theory]
    [InlineData(1)]       // just over the limit in characters
    [InlineData(5)]       // over Kestrel's byte limit as well
    public async Task Post_Oversized_Is400TooLarge_AsTheContractSays(int times)
    {
        var size = SealingRules.Contract.Limits.Default.MaxRequestChars * times + 1;
        var huge = "{\"schemaVersion\": 1, \"case\": {\"name\": \"" + new string('x', size) + "\"}}";

        // Past the byte limit the server answers from the declared length, before the body is sent (100-continue).
        using var post = new HttpRequestMessage(HttpMethod.Post, "/evaluate") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        post.Headers.ExpectContinue = times > 4;
        var response = await Client.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("too-large", (string)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!["code"]!);
    }

    [Fact]
    public async Task TooLarge_HasOneStatus_ForTheBodyAndForAFieldInIt()
    {
        var limits = SealingRules.Contract.Limits.Default;
        var body = "{\"schemaVersion\": 1, \"case\": {\"name\": \"" + new string('x', limits.MaxRequestChars + 1) + "\"}}";
        var field = Seed.Replace("\"Al Otro Lado, Inc. v. McAleenan\"", $"\"{new string('x', limits.MaxStringLength + 1)}\"", StringComparison.Ordinal);

        var overBody = await Client.PostAsync("/api/evaluate", new StringContent(body, Encoding.UTF8, "application/json"));
        var overField = await Client.PostAsync("/api/evaluate", new StringContent(field, Encoding.UTF8, "application/json"));

        Assert.Equal("too-large", (string)JObject.Parse(await overField.Content.ReadAsStringAsync())["error"]!["code"]!);
        Assert.Equal("too-large", (string)JObject.Parse(await overBody.Content.ReadAsStringAsync())["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.BadRequest, overField.StatusCode);
        Assert.Equal(overField.StatusCode, overBody.StatusCode);
    }

    [Fact]
    public async Task Post_NonJson_Is400InTheProjectsWords()
    {
        var response = await Client.PostAsync("/evaluate", new StringContent("{\"schemaVersion\": 1,}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!;
        Assert.Equal("invalid-json", (string)error["code"]!);
        Assert.Equal("a comma may not follow the last member of an object or array", (string)error["message"]!);
        Assert.Equal(1, (int)error["line"]!);
    }

    [Fact]
    public async Task Health_GivesEngineAndRulesVersions()
    {
        var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var health = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", (string)health["status"]!);
        Assert.Equal(SealingRules.Engine.SealingEngine.Name, (string)health["engine"]!);
        Assert.Equal(SealingRules.Engine.SealingEngine.EngineVersion, (string)health["version"]!);
        Assert.Equal(SealingRules.Rules.RuleSet.Version, (string)health["rulesVersion"]!);
    }
}
