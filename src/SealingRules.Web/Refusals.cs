namespace SealingRules.Web;

/// <summary>
/// The refusals no endpoint writes itself: an unexpected failure answers 500 with the contract's error body, in plain
/// words, never the exception's text or a stack trace (the material is confidential, and a failure is not the client's).
/// </summary>
internal static class Refusals
{
    /// <summary>The code of a 500 answer: the server failed on a request that broke no rule.</summary>
    public const string InternalError = "internal-error";

    public static async Task Handle(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Headers.ContentDisposition = default;
            await LocalServer.Refuse(StatusCodes.Status500InternalServerError, InternalError,
                "the server failed on this request; it is a fault of the server, not of the request: please report it with the request's shape, not its contents").ExecuteAsync(context);
        }
    }
}
