using SealingRules.Orders;

namespace SealingRules.Html;

/// <summary>
/// The proposed order as one self-contained page (the style inline; no script, font, image or link), laid out like
/// the pleading: the court, the caption table, the headings, the table of rulings, the numbered conclusion,
/// "IT IS SO ORDERED." and the signature block. Rendered by HtmlRenderer, so every text is escaped.
/// </summary>
public static class ProposedOrderHtml
{
    /// <summary>Renders the order as a complete HTML page.</summary>
    /// <param name="order">The order to render.</param>
    /// <returns>The page, from <c>&lt;!DOCTYPE html&gt;</c>; the same whatever the current culture.</returns>
    public static string Render(ProposedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return StaticPage.Render<ProposedOrderPage>(new() { [nameof(ProposedOrderPage.Order)] = order });
    }
}
