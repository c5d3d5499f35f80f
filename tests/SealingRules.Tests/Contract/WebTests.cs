using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using SealingRules.Web;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>The local HTTP endpoint: the same contract, 400 with the error body on bad input, loopback only.</summary>
public sealed class WebTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _app = LocalServer.Build(port);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task WhatIf_SeedOverHttp_ReturnsTheChanges_AndABadRequestTheErrorBody()
    {
        var body = new StringContent(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/whatif", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync())["items"]!;
        Assert.Equal(16, items.Count());
        Assert.All(items, i => Assert.NotNull(i["changes"]));
        var bad = await _client.PostAsync("/api/whatif", new StringContent("{ \"schemaVersion\": 1 }", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("missing-field", (string)Newtonsoft.Json.Linq.JObject.Parse(await bad.Content.ReadAsStringAsync())["error"]!["code"]!);
    }

    [Fact]
    public async Task Evaluate_SeedOverHttp_ReturnsTheResult()
    {
        var body = new StringContent(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/evaluate", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, JObject.Parse(await response.Content.ReadAsStringAsync())["motions"]!.Count());
    }

    [Fact]
    public async Task Evaluate_BadRequest_Is400WithTheContractsErrorBody()
    {
        var response = await _client.PostAsync("/evaluate", new StringContent("{\"schemaVersion\": 1}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("missing-field", (string)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!["code"]!);
    }

    [Fact]
    public void Server_ListensOnLoopbackOnly()
    {
        var addresses = _app.Urls;

        Assert.All(addresses, a => Assert.Contains("127.0.0.1", a));
    }
}
