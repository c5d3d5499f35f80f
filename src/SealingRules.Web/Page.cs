namespace SealingRules.Web;

/// <summary>The page's files (HTML, script, style) and the OpenAPI description, embedded in the assembly: nothing is
/// read from disk or from elsewhere, so the page works offline and its CSP can forbid everything but this origin.</summary>
internal static class Page
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Resource(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(Page).Assembly.GetManifestResourceStream("page/" + n)
            ?? throw new InvalidOperationException($"the page resource {n} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The OpenAPI description, its server named by the port actually served (the file says the default).</summary>
    public static string OpenApi(int port) => Cache.GetOrAdd($"openapi.json:{port}", static (_, p) =>
    {
        var document = Newtonsoft.Json.Linq.JObject.Parse(Resource("openapi.json"));
        document["servers"] = new Newtonsoft.Json.Linq.JArray(new Newtonsoft.Json.Linq.JObject { ["url"] = $"http://127.0.0.1:{p}" });
        return document.ToString();
    }, port);
}
