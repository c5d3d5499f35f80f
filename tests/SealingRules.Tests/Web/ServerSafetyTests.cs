using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Web;

/// <summary>The server's guards, over plain HTTP: the Host check, the headers on every answer, the OpenAPI file.</summary>
[Collection("browser")]
public sealed partial class ServerSafetyTests(LocalSite site) : IClassFixture<LocalSite>
{
    private const string Csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private HttpClient Client() => new() { BaseAddress = new Uri(site.BaseUrl) };

    private static string Seed => File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5117")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    [InlineData("10.0.0.1")]
    public async Task AForeignHostHeader_IsRefused_WithTheErrorBody(string host)
    {
        using var client = Client();
        foreach (var (method, path) in new[] { ("GET", "/"), ("GET", "/health"), ("POST", "/api/evaluate") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Host = host;
            if (method == "POST") request.Content = new StringContent(Seed, Encoding.UTF8, "application/json");

            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.Equal("misdirected-host", (string)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!["code"]!);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5117")]
    [InlineData("127.0.0.1:80")]
    [InlineData("[::1]:5117")]
    public async Task ALoopbackHostHeader_IsAnswered(string host)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task ThePage_CarriesTheCsp_AndReferencesNoExternalUrl()
    {
        using var client = Client();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Csp, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        foreach (var file in new[] { "/", "/app.js", "/interview.js", "/app.css" })
        {
            var text = await client.GetStringAsync(file);
            Assert.DoesNotMatch(ExternalUrl(), text);
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
        }
        // No inline script or style (the CSP would refuse them): every script and style is a file of this origin.
        Assert.DoesNotMatch(InlineScriptOrStyle(), html);
        Assert.Contains("<script src=\"/app.js\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/interview.js\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/app.css\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAnswer_CarriesTheHeaders_AndNoCors()
    {
        using var client = Client();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/evaluate");
        preflight.Headers.Add("Origin", "http://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/evaluate") { Content = new StringContent(Seed, Encoding.UTF8, "application/json") };
        post.Headers.Add("Origin", "http://evil.example");

        foreach (var response in new[] { await client.SendAsync(post), await client.GetAsync("/api/schema/request"), await client.GetAsync("/app.js"), await client.SendAsync(preflight), await client.GetAsync("/no-such-page") })
        {
            Assert.Equal(Csp, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task TheApi_SpeaksTheContract_AtItsNewPaths_AndTheOldOnes()
    {
        using var client = Client();

        var evaluate = await client.PostAsync("/api/evaluate", new StringContent(Seed, Encoding.UTF8, "application/json"));
        var alias = await client.PostAsync("/evaluate", new StringContent(Seed, Encoding.UTF8, "application/json"));
        var bad = await client.PostAsync("/api/evaluate", new StringContent("{\"schemaVersion\": 1,}", Encoding.UTF8, "application/json"));
        var wrongType = await client.PostAsync("/api/evaluate", new StringContent(Seed, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, evaluate.StatusCode);
        Assert.Equal(await evaluate.Content.ReadAsStringAsync(), await alias.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("invalid-json", (string)JObject.Parse(await bad.Content.ReadAsStringAsync())["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(await client.GetStringAsync("/schema/request"), await client.GetStringAsync("/api/schema/request"));
        Assert.Equal(SealingRules.Contract.Schemas.Request(), await client.GetStringAsync("/api/schema/request"));
    }

    [Fact]
    public async Task Exercises_AreListed_AndTheirFactsServed_WithoutTheAnswer()
    {
        using var client = Client();

        var list = JArray.Parse(await client.GetStringAsync("/api/exercises"));
        var one = JObject.Parse(await client.GetStringAsync("/api/exercises/12-al-otro-lado"));
        var missing = await client.GetAsync("/api/exercises/..%2F..%2Fetc");

        Assert.Equal(Directory.GetDirectories(Path.Combine(Repo.Examples, "exercises")).Length, list.Count);
        Assert.Equal("12-al-otro-lado", (string)one["slug"]!);
        Assert.NotNull(one["request"]!["motions"]);
        Assert.Null(one["expected"]);
        Assert.DoesNotContain("\"disposition\"", one.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheCitations_AreTheConfirmedPropositions_WithTheirAuthorityAndPin()
    {
        using var client = Client();
        var citations = JObject.Parse(await client.GetStringAsync("/api/citations"));
        var catalog = SealingRules.Engine.AuthorityCatalog.Load().Propositions;

        Assert.Equal(catalog.Count(p => p.Confirmed), citations.Count);
        Assert.All(citations.Properties(), c => Assert.True(catalog.Single(p => p.Id == c.Name).Confirmed, c.Name));
        var one = catalog.First(p => p.Id == "kamakana-strong-presumption");
        var given = citations[one.Id]!;
        Assert.Equal((one.AuthorityId, one.Pin), ((string)given["authority"]!, (string)given["pin"]!));
        Assert.Equal(one.Cite, ((string)given["template"]!).Replace("{pin}", one.Pin, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryMappedEndpoint_IsInTheOpenApiDescription()
    {
        using var client = Client();
        var openApi = JObject.Parse(await client.GetStringAsync("/api/openapi.json"));
        var endpoints = ((IEndpointRouteBuilder)site.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!, Method: m.ToLowerInvariant())))
            .ToList();

        Assert.StartsWith("3.", (string)openApi["openapi"]!, StringComparison.Ordinal);
        Assert.True(endpoints.Count >= 15, $"{endpoints.Count} endpoints");
        Assert.All(endpoints, e => Assert.True(openApi["paths"]?[e.Path]?[e.Method] is JObject, $"{e.Method.ToUpperInvariant()} {e.Path} is not in openapi.json"));
        var described = ((JObject)openApi["paths"]!).Properties().SelectMany(p => ((JObject)p.Value).Properties().Select(m => (Path: p.Name, Method: m.Name)));
        Assert.All(described, d => Assert.Contains(d, endpoints));
    }

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptOrStyle();
}
