namespace SealingRules.Web;

/// <summary>
/// The refusals no endpoint writes itself, each with the contract's error body: a path that does not exist (404), a
/// method the path does not answer (405, with routing's Allow header), and an unexpected failure (500, in plain words,
/// never the exception's text or a stack trace: the material is confidential, and a failure is not the client's).
/// </summary>
internal static class Refusals
{
    /// <summary>The code of a 500 answer: the server failed on a request that broke no rule.</summary>
    public const string InternalError = "internal-error";

    /// <summary>The code of a 404 answer: no endpoint at that path.</summary>
    public const string NotFound = "not-found";

    /// <summary>The code of a 405 answer: the path exists, but not for that method.</summary>
    public const string MethodNotAllowed = "method-not-allowed";

    public static async Task Handle(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
            var response = context.Response;
            if (response.HasStarted) return;
            if (response.StatusCode == StatusCodes.Status404NotFound)
                await LocalServer.Refuse(StatusCodes.Status404NotFound, NotFound,
                    "there is nothing at this path; the endpoints are listed at /api/openapi.json").ExecuteAsync(context);
            else if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
                await LocalServer.Refuse(StatusCodes.Status405MethodNotAllowed, MethodNotAllowed,
                    $"this path does not answer {context.Request.Method}; it answers only {string.Join(", ", response.Headers.Allow.ToArray())}").ExecuteAsync(context);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Headers.ContentDisposition = default;
            await LocalServer.Refuse(StatusCodes.Status500InternalServerError, InternalError,
                "the server failed on this request; it is a fault of the server, not of the request: please report it with the request's shape, not its contents").ExecuteAsync(context);
        }
    }
}
