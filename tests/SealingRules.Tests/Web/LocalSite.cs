using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using SealingRules.Tests.Support;
using SealingRules.Web;
using Xunit;

namespace SealingRules.Tests.Web;

/// <summary>
/// The served site for the browser tests: the real server in process on a free loopback port, with the repository's
/// exercises, and Debian's headless Chromium driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class LocalSite : IAsyncLifetime
{
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public WebApplication App => _app;

    /// <summary>Where each step's screenshot is saved: artifacts of the run, not snapshots compared.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var port = Local.FreePort();
        _app = LocalServer.Build(port, exercisesFolder: Path.Combine(Repo.Examples, "exercises"));
        await _app.StartAsync();
        BaseUrl = $"http://127.0.0.1:{port}";
        Local.EnsureChromium();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        await CloseOpenedAsync();
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// A fresh page at /, once its script has read the schema and the exercises, 1366×768 as on a laptop. The page an
    /// earlier test opened is closed first: the tests of a class run one at a time, and a score of idle pages left open
    /// in one Chromium slowed a CI run on two cores until a page never became ready.
    /// </summary>
    public async Task<IPage> OpenAsync()
    {
        await CloseOpenedAsync();
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true });
        _opened.Add(page);
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") lock (console) console.Add(m.Text); };
        page.PageError += (_, e) => { lock (console) console.Add(e); };
        // The page is ready in about a second and the seed's what-if in a few; on two cores shared with the rest of the
        // suite either can take far longer, so every wait is generous (it costs nothing when the page is quick).
        page.SetDefaultTimeout(90_000);
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync(BaseUrl + "/");
            try
            {
                await page.WaitForSelectorAsync("body[data-ready=true]", new() { Timeout = attempt == 1 ? 45_000 : 90_000 });
                return page;
            }
            catch (TimeoutException) when (attempt == 1)
            {
                // A page that refused to start says why in its error box: that is a failure to report, not to retry.
                var error = await page.Locator("#error").TextContentAsync();
                if (!string.IsNullOrWhiteSpace(error) && await page.Locator("#error").IsVisibleAsync())
                    throw new InvalidOperationException("The page did not start: " + error.Trim());
                // Otherwise it was only slow (a busy machine): load it once more, and give it the full wait.
            }
            catch (TimeoutException e)
            {
                string seen;
                lock (console) seen = string.Join(" | ", console);
                throw new TimeoutException($"The page never became ready (twice). The browser's console said: {(seen == "" ? "nothing" : seen)}", e);
            }
        }
    }

    private readonly List<IPage> _opened = [];

    private async Task CloseOpenedAsync()
    {
        foreach (var page in _opened)
            await page.Context.CloseAsync();
        _opened.Clear();
    }

    /// <summary>A fresh page switched from the interview (the way in) to the full form, as an expert or an import does.</summary>
    public async Task<IPage> OpenFormAsync()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#mode-full");
        await page.Locator("#fields").WaitForAsync();
        return page;
    }

    public static Task Shot(IPage page, string name) => page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>One part of the page, where the whole would be too tall to read what a test is about.</summary>
    public static Task Shot(ILocator part, string name) => part.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png") });
}
