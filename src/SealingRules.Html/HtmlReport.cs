using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SealingRules.Contract;

namespace SealingRules.Html;

/// <summary>
/// The result as one self-contained page (no external resource: the style is inline, there is no script or font),
/// laid out as an order: the standard, the discussion item by item, the disposition, and a closing table of what is
/// sealed, what is redacted and what stays public. Rendered by HtmlRenderer, so every text is escaped.
/// </summary>
public static class HtmlReport
{
    public static string Render(SealingResult result, bool ids = false)
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var page = await renderer.RenderComponentAsync<OrderPage>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(OrderPage.Result)] = result,
                [nameof(OrderPage.Ids)] = ids,
            }));
            return "<!DOCTYPE html>\n" + page.ToHtmlString();
        }).GetAwaiter().GetResult();
    }
}
