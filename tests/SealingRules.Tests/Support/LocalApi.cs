using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SealingRules.Web;

namespace SealingRules.Tests.Support;

/// <summary>The real server in process on a free loopback port, with a client for it: what the HTTP tests share.</summary>
public sealed class LocalApi : IAsyncDisposable
{
    private LocalApi(WebApplication app, HttpClient client) => (App, Client) = (app, client);

    public WebApplication App { get; }

    public HttpClient Client { get; }

    /// <param name="configure">Services to replace, for a test that makes the server fail as a bug would.</param>
    public static async Task<LocalApi> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var port = Local.FreePort();
        var app = LocalServer.Build(port, configure: configure);
        await app.StartAsync();
        // The client waits for the server's answer to "Expect: 100-continue" as long as a busy machine may take (the
        // default, 1 s, let an oversized body start before the refusal came, and the server's close broke the pipe).
        var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) };
        return new LocalApi(app, new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
