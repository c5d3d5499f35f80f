using System.Net;
using Microsoft.Playwright;
using SealingRules.Html;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reports;

public sealed class HtmlReportTests
{
    private static string SeedHtml(bool ids = false) => HtmlReport.Render(Shared.Service.Evaluate(new ExampleCase("al-otro-lado-2019").RequestJson), ids);

    [Fact]
    public void TheSeedsPage_IsSelfContained_AndCarriesEveryCitationTheJsonCarries()
    {
        var html = SeedHtml();
        var result = Shared.Service.Evaluate(new ExampleCase("al-otro-lado-2019").RequestJson);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        var text = WebUtility.HtmlDecode(html);
        var cites = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning))).SelectMany(s => s.Authorities)
            .Concat(result.Warnings.SelectMany(w => w.Authorities.Concat(w.Follows ?? []).Concat(w.OtherView ?? [])))
            .Select(a => a.Cite).Distinct().ToList();
        Assert.NotEmpty(cites);
        // Each authority in full once (its first citation), in short form after (CiteForms); never the order the request
        // encodes (the seed's own slip opinion), which the page does not cite for its own holding.
        var catalog = SealingRules.Engine.AuthorityCatalog.Load();
        // A disposition cites another district's order only there (CiteScope): the seed's remedies cite the S.D. Cal. order
        // that did the same, not the N.D. Cal. one.
        var cited = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
            .SelectMany(s => s.Authorities.Where(a => SealingRules.Reports.CiteScope.Keep(s.Rule, a.Cite, result.Engine.Court)))
            .Select(a => catalog.Find(a.Id)!).DistinctBy(p => p.AuthorityId).ToList();
        Assert.Contains("<i>Brady v. Grendene USA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Upadhyay", text, StringComparison.Ordinal);
        Assert.All(cited.Where(p => !p.Template.Contains("17-cv-02366", StringComparison.Ordinal)), p => Assert.Contains($"<i>{p.Template.Split("{pin}")[0]}", text));
        // The seed's own order was decided on its law date: the JSON does not cite it either (TraceBuilder.Dated).
        Assert.DoesNotContain(cited, p => p.Template.Contains("17-cv-02366", StringComparison.Ordinal));
        Assert.DoesNotContain("17-cv-02366-BAS-KSC, slip op.", text, StringComparison.Ordinal);
        Assert.Contains("<table>", html);
        Assert.DoesNotContain("ex-pi-41-phones", html);
        Assert.Contains("ex-pi-41-phones", SeedHtml(ids: true));
    }

    [Fact]
    public void WhatTheUserWrote_IsEscaped()
    {
        var json = new ExampleCase("nannis-sb-gaming-2022").RequestJson.Replace("Nannis v. SB Gaming, LLC", "<script>alert(1)</script> & Co.", StringComparison.Ordinal);

        var html = HtmlReport.Render(Shared.Service.Evaluate(json));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task TheSeedsPage_PrintsInHeadlessChromium()
    {
        Local.EnsureChromium();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.SetContentAsync(SeedHtml());

        var pdf = await page.PdfAsync(new() { Format = "Letter" });

        Assert.True(pdf.Length > 20_000, $"the PDF is {pdf.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.DoesNotContain(requests, u => !u.StartsWith("about:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal));
        Assert.Equal("Recommended ruling: Al Otro Lado, Inc. v. McAleenan", await page.TitleAsync());
    }
}
