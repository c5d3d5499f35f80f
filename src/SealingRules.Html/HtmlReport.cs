using SealingRules.Contract;

namespace SealingRules.Html;

/// <summary>
/// The result as one self-contained page (no external resource: the style is inline, there is no script or font),
/// laid out as an order: the standard, the discussion item by item, the disposition, and a closing table of what is
/// sealed, what is redacted and what stays public. Rendered by HtmlRenderer, so every text is escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders the result as a complete HTML page; with <paramref name="ids"/>, rule and information ids.</summary>
    public static string Render(SealingResult result, bool ids = false)
        => StaticPage.Render<OrderPage>(new() { [nameof(OrderPage.Result)] = result, [nameof(OrderPage.Ids)] = ids });
}
