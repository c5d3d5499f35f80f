using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SealingRules.Html;
using SealingRules.Orders;
using Xunit;

namespace SealingRules.Tests.Orders;

public sealed class ProposedOrderHtmlTests
{
    private static readonly ProposedOrder Order = SampleOrder.Build();

    [Fact]
    public void ThePage_IsCompleteAndSelfContained()
    {
        var html = ProposedOrderHtml.Render(Order);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />", html, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThePage_HoldsTheCaption_ARowPerRuling_AndTheClosing()
    {
        var html = ProposedOrderHtml.Render(Order);
        var text = WebUtility.HtmlDecode(html);

        Assert.Contains($"<td class=\"case\"><p>Case No. {SampleOrder.CaseNumber}</p><p class=\"title\">{Order.Caption.Title}</p></td>", text, StringComparison.Ordinal);
        Assert.Contains($"<p>AL OTRO LADO, INC., et al.</p><p class=\"role\">{Order.Caption.PlaintiffRole}</p><p class=\"v\">v.</p><p>KEVIN K. McALEENAN, et al.</p><p class=\"role\">{Order.Caption.DefendantRole}</p>", text, StringComparison.Ordinal);
        Assert.Contains("<header class=\"court\"><p>UNITED STATES DISTRICT COURT</p><p>SOUTHERN DISTRICT OF CALIFORNIA</p></header>", text, StringComparison.Ordinal);
        var rulings = Regex.Match(html, "<table class=\"rulings\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(string.Concat(ProposedOrder.Columns.Select(c => $"<th scope=\"col\">{c}</th>")), Regex.Match(rulings, "<thead><tr>(.*?)</tr></thead>").Groups[1].Value);
        var body = Regex.Match(rulings, "<tbody>(.*)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(Order.Table.Count, Regex.Count(body, "<tr>"));
        Assert.Contains("<tr><td>ECF 305-2 (Dep. excerpts)</td><td>Entire document</td><td>DENIED (without prejudice)</td><td>Designation alone does not suffice.</td></tr>",
            WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.Equal(["I. BACKGROUND", "II. LEGAL STANDARD", "III. DISCUSSION", "IV. CONCLUSION"], Regex.Matches(html, "<h2>(.*?)</h2>").Select(m => m.Groups[1].Value));
        Assert.Equal(["A. Exhibits 12 and 14 (ECF 290)", "B. Deposition excerpts (ECF 305)"], Regex.Matches(html, "<h3>(.*?)</h3>").Select(m => m.Groups[1].Value));
        Assert.Contains("<ol class=\"conclusion\"><li>The motion at ECF 290 is GRANTED IN PART.</li><li>The motion at ECF 305 is DENIED without prejudice.</li></ol>",
            text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"so-ordered\">IT IS SO ORDERED.</p>", text, StringComparison.Ordinal);
        Assert.Contains("Dated: ____________", text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"line\">United States District Judge</p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseNames_AreItalic()
    {
        var text = WebUtility.HtmlDecode(ProposedOrderHtml.Render(Order));

        Assert.Contains("must show compelling reasons. <i>Ctr. for Auto Safety v. Chrysler Grp., LLC</i>, 809 F.3d 1092, 1097 (9th Cir. 2016); S.D. Cal. Civ. L.R. 79.2.</p>",
            text, StringComparison.Ordinal);
        Assert.Contains("<i>Al Otro Lado, Inc. v. McAleenan</i>, No. 17-cv-02366", text, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(text, "<i>"));
    }

    [Fact]
    public void WhatTheOrderSays_IsEscaped()
    {
        var order = Order with { Caption = Order.Caption with { Title = "<script>alert(1)</script> & Co." } };

        var html = ProposedOrderHtml.Render(order);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void ThePage_DoesNotDependOnTheCulture(string name)
    {
        var invariant = ProposedOrderHtml.Render(Order);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(invariant, ProposedOrderHtml.Render(Order));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
