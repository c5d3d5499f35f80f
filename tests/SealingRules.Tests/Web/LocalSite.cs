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
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A fresh page at /, once its script has read the schema and the exercises, 1366×768 as on a laptop.</summary>
    public async Task<IPage> OpenAsync()
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true });
        // The page is ready in about a second and the seed's what-if in a few; on two cores shared with the rest of the
        // suite either can take far longer, so every wait is generous (it costs nothing when the page is quick).
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync(BaseUrl + "/");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
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
