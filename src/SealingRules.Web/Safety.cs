namespace SealingRules.Web;

/// <summary>
/// What every answer passes through: a Host header that is not a loopback name is refused (a page elsewhere that
/// rebinds its own name to 127.0.0.1 cannot drive the server), and every answer carries a strict
/// Content-Security-Policy, nosniff and no-store. No CORS header is ever sent, so no other origin may read an answer.
/// </summary>
internal static class Safety
{
    /// <summary>Only this origin's own script, style and calls; no frames, no forms elsewhere, no base rewriting.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static async Task Guard(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        if (!IsLoopbackName(context.Request.Host.Host))
        {
            await LocalServer.Refuse(StatusCodes.Status421MisdirectedRequest, LocalServer.MisdirectedHost,
                "the Host header must name this machine's loopback address (localhost, 127.0.0.1 or [::1])").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>localhost, 127.0.0.1 or [::1] (the port, if any, already taken off).</summary>
    public static bool IsLoopbackName(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";
}
