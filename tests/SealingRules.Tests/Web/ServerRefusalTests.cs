using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using SealingRules.Web;
using Xunit;

namespace SealingRules.Tests.Web;

/// <summary>Refusals over HTTP: every one with the contract's error body, the right status, and plain words.</summary>
public sealed class ServerRefusalTests : IAsyncLifetime
{
    private LocalApi _api = null!;

    private HttpClient Client => _api.Client;

    public async Task InitializeAsync() => _api = await LocalApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string Seed => File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JToken> ErrorOf(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!;
    }

    // Fails as an engine bug did (filing-9999.json on /api/check): an ArgumentOutOfRangeException with .NET's words.
    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
    }

    [Fact]
    public async Task AnUnexpectedFailure_Is500_WithThePlainErrorBody()
    {
        await using var failing = await LocalApi.StartAsync(s => s.AddSingleton<TimeProvider>(new FailingClock()));
        foreach (var path in new[] { "/api/check", "/api/evaluate", "/api/order?kind=movant&motion=ECF%20314" })
        {
            var response = await failing.Client.PostAsync(path, Json(Seed));
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("internal-error", (string)(await ErrorOf(response))["code"]!);
            Assert.DoesNotContain("Value to add", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Parameter", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AMotionTheRequestLacks_IsStillAnUnknownReference()
    {
        var response = await Client.PostAsync("/api/order?kind=movant&motion=ECF%20999", Json(Seed));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal("unknown-reference", (string)error["code"]!);
        Assert.StartsWith("motion: the request has no motion 'ECF 999'", (string)error["message"]!, StringComparison.Ordinal);
    }

    private static ByteArrayContent Bytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static string Named(string name) => Seed.Replace("\"Al Otro Lado, Inc. v. McAleenan\"", $"\"{name}\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=ISO-8859-1")]
    [InlineData("application/json; charset=windows-1252")]
    [InlineData("application/json; charset=utf-16")]
    public async Task ABodyDeclaredInAnotherCharset_Is415(string contentType)
    {
        var response = await Client.PostAsync("/api/evaluate", Bytes(Encoding.Latin1.GetBytes(Named("Société Générale v. Müller")), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal("unsupported-media-type", (string)error["code"]!);
        Assert.Contains("UTF-8", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task AUtf8Body_IsReadAsUtf8(string contentType)
    {
        var response = await Client.PostAsync("/api/evaluate", Bytes(Encoding.UTF8.GetBytes(Named("Société Générale v. Müller")), contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Société Générale v. Müller", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotUtf8_IsRefused_NotDecodedWithReplacements()
    {
        var response = await Client.PostAsync("/api/evaluate", Bytes(Encoding.Latin1.GetBytes(Named("Société Générale v. Müller")), "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal("invalid-json", (string)error["code"]!);
        Assert.Contains("UTF-8", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUtf8ByteOrderMark_IsStillSkipped()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray();

        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/api/evaluate", Bytes(body, "application/json"))).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/evaluate", "POST")]
    [InlineData("PUT", "/api/evaluate", "POST")]
    [InlineData("OPTIONS", "/api/evaluate", "POST")]
    [InlineData("DELETE", "/health", "GET")]
    [InlineData("POST", "/api/openapi.json", "GET")]
    public async Task AMethodThePathDoesNotAnswer_Is405_WithAllow_AndTheErrorBody(string method, string path, string allowed)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal([allowed], response.Content.Headers.Allow);
        var error = await ErrorOf(response);
        Assert.Equal("method-not-allowed", (string)error["code"]!);
        Assert.Equal($"this path does not answer {method}; it answers only {allowed}", (string)error["message"]!);
    }

    [Fact]
    public async Task AHeadRequest_Is405_WithAllow_AndAJsonType()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("GET", "/api/nope")]
    [InlineData("POST", "/api/nope")]
    [InlineData("GET", "/no-such-page")]
    public async Task APathThatDoesNotExist_Is404_WithTheErrorBody(string method, string path)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal("not-found", (string)error["code"]!);
        Assert.Contains("/api/openapi.json", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExerciseThatDoesNotExist_KeepsItsOwnRefusal()
    {
        var response = await Client.GetAsync("/api/exercises/no-such-exercise");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown-reference", (string)(await ErrorOf(response))["code"]!);
    }

    private async Task<JObject> OpenApiAsync() => JObject.Parse(await Client.GetStringAsync("/api/openapi.json"));

    [Fact]
    public async Task TheOpenApiServer_IsThePortServed()
    {
        var servers = (JArray)(await OpenApiAsync())["servers"]!;

        Assert.NotEqual(LocalServer.DefaultPort, Client.BaseAddress!.Port);
        Assert.Equal(Client.BaseAddress!.GetLeftPart(UriPartial.Authority), (string)Assert.Single(servers)["url"]!);
    }

    [Fact]
    public async Task EveryErrorCode_IsInTheOpenApiEnum()
    {
        var codes = new[] { typeof(SealingRules.Contract.ContractError), typeof(LocalServer), typeof(Refusals) }
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[a-z]+(-[a-z]+)*$")).ToList();
        var documented = (await OpenApiAsync()).SelectToken("components.schemas.Error.properties.error.properties.code.enum")!.Values<string>().ToList();

        Assert.Equal(13, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    // Each refusal as the server really sends it: the path's one described operation lists the status, naming the code.
    [Fact]
    public async Task EveryRefusal_IsDocumented_UnderItsPath()
    {
        var nothing = """{"schemaVersion":1,"court":"N.D. Cal.","asOf":"2023-05-01","motions":[{"id":"ECF 10","movant":"defendant","underlyingFiling":"summary-judgment","items":[{"id":"ex-1","request":"seal","information":[{"id":"ex-1-a","kind":"business-strategy","about":"party"}]}]}]}""";
        var huge = "{\"schemaVersion\": 1, \"case\": {\"name\": \"" + new string('x', SealingRules.Contract.Limits.Default.MaxRequestChars + 1) + "\"}}";
        var foreign = new HttpRequestMessage(HttpMethod.Get, "/health");
        foreign.Headers.Host = "evil.example";
        var cases = new (string Path, HttpRequestMessage Request, int Status)[]
        {
            ("/api/order", new(HttpMethod.Post, "/api/order?kind=movant") { Content = Json(nothing) }, 422),
            ("/api/order", new(HttpMethod.Post, "/api/order?kind=movant&motion=ECF%2099") { Content = Json(nothing) }, 400),
            ("/api/evaluate", new(HttpMethod.Post, "/api/evaluate") { Content = new StringContent(Seed, Encoding.UTF8, "text/plain") }, 415),
            ("/api/evaluate", new(HttpMethod.Post, "/api/evaluate") { Content = Json(huge) }, 400),
            ("/api/evaluate", new(HttpMethod.Get, "/api/evaluate"), 405),
            ("/api/grade", new(HttpMethod.Post, "/api/grade") { Content = Json("""{"exercise": "no-such", "answers": {}}""") }, 400),
            ("/api/exercises/{slug}", new(HttpMethod.Get, "/api/exercises/no-such"), 404),
            ("/health", foreign, 421),
        };
        var paths = (JObject)(await OpenApiAsync())["paths"]!;
        var components = (JObject)(await OpenApiAsync())["components"]!;
        foreach (var (path, request, status) in cases)
        {
            var response = await Client.SendAsync(request);
            var code = (string)(await ErrorOf(response))["code"]!;
            var operation = (JObject)Assert.Single(((JObject)paths[path]!).Properties()).Value;
            var documented = operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)];

            Assert.Equal(status, (int)response.StatusCode);
            Assert.True(documented is not null, $"{path} does not document {status}");
            var reference = (string?)documented!["$ref"];
            if (reference is not null) documented = components.SelectToken(reference["#/components/".Length..].Replace('/', '.'))!;
            Assert.Contains(code, (string)documented!["description"]!, StringComparison.Ordinal);
        }
    }
}
