using System.Diagnostics;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SealingRules.Cli;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Web;

/// <summary><c>sealingrules serve</c> as a user starts it: its own process, from the repository, answering on loopback.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_StartsTheServer_OnLoopback_WithThePageAndTheApi()
    {
        var port = Local.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SealingRules.Cli.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var serve = Process.Start(start)!;
        try
        {
            var banner = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal($"SealingRules is serving on http://127.0.0.1:{port}/ (loopback only; open it in a browser). Ctrl+C stops it.", banner);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            var page = await client.GetAsync("/");
            var result = await client.PostAsync("/api/evaluate", new StringContent(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), Encoding.UTF8, "application/json"));
            var exercises = JArray.Parse(await client.GetStringAsync("/api/exercises"));
            using var foreign = new HttpRequestMessage(HttpMethod.Get, "/health");
            foreign.Headers.Host = "rebound.example";
            var refused = await client.SendAsync(foreign);

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.True(page.Headers.Contains("Content-Security-Policy"));
            Assert.Equal(HttpStatusCode.OK, result.StatusCode);
            Assert.Equal(4, JObject.Parse(await result.Content.ReadAsStringAsync())["motions"]!.Count());
            Assert.True(exercises.Count >= 12, $"{exercises.Count} exercises found from the repository");
            Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
            // Not on any other address of this machine.
            Assert.DoesNotContain(System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners(),
                e => e.Port == port && !IPAddress.IsLoopback(e.Address));
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--port", "0", "--port '0' is not a port number from 1 to 65535")]
    [InlineData("--port", "http", "--port 'http' is not a port number from 1 to 65535")]
    [InlineData("--host", "0.0.0.0", "unknown option '--host' for serve (it takes only --port N)")]
    public async Task Serve_RefusesABadOption_ByName(string flag, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["serve", flag, value], TextReader.Null, output, error);

        Assert.Equal(1, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_OnABusyPort_SaysTheBusyPortPlainly_NotAnInternalError()
    {
        var holder = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        try
        {
            var port = ((IPEndPoint)holder.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = await CommandLine.RunAsync(["serve", "--port", port], TextReader.Null, output, error);

            Assert.Equal(1, code);
            Assert.Contains($"port {port} is already in use on 127.0.0.1", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString() + output, StringComparison.Ordinal);
        }
        finally
        {
            holder.Stop();
        }
    }

    [Fact]
    public async Task Serve_Help_SaysWhatToOpen()
    {
        using var output = new StringWriter();

        Assert.Equal(0, await CommandLine.RunAsync(["serve", "--help"], TextReader.Null, output, TextWriter.Null));
        Assert.Contains("open http://127.0.0.1:N/ in a browser", output.ToString(), StringComparison.Ordinal);
    }
}
