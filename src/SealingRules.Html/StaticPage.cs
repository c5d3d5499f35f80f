using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace SealingRules.Html;

/// <summary>A component rendered once, outside any server, as a complete page (HtmlRenderer escapes every text).</summary>
internal static class StaticPage
{
    public static string Render<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var page = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return "<!DOCTYPE html>\n" + page.ToHtmlString();
        }).GetAwaiter().GetResult();
    }
}
