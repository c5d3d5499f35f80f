using System.Net;
using SealingRules.Contract;

namespace SealingRules.Web;

/// <summary>
/// The contract over HTTP, and the page that speaks it, for people and programs on the same machine:
/// POST /api/evaluate, /api/whatif, /api/grade; GET /api/schema/request|result, /api/openapi.json, /api/citations, /api/exercises,
/// /health; the page at /. Binds to loopback only, refuses a Host header that is not a loopback name, stores nothing
/// and logs nothing of what it is sent (the material is what people want sealed).
/// </summary>
public static class LocalServer
{
    /// <summary>The port <c>serve</c> listens on unless told otherwise.</summary>
    public const int DefaultPort = 5117;

    /// <summary>The server on 127.0.0.1:<paramref name="port"/>; <paramref name="configure"/> adds or replaces services
    /// after the engine's (tests inject faults this way).</summary>
    public static WebApplication Build(int port, string[]? args = null, string? exercisesFolder = null, Action<IServiceCollection>? configure = null)
    {
        var exercises = exercisesFolder ?? FindExercises();
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = Limits.Default.MaxRequestChars * 4L;
            k.AddServerHeader = false;
        });
        builder.Services.AddSealingRules();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.Use(Safety.Guard);
        app.Use(Refusals.Handle);

        foreach (var path in new[] { "/api/evaluate", "/evaluate" })
            app.MapPost(path, (HttpRequest request, SealingService service) => Answer(request, service.EvaluateToJson));
        app.MapPost("/api/whatif", (HttpRequest request, SealingService service) => Answer(request, service.WhatIfToJson));
        // Grading: { "exercise": "<slug under the exercises folder>", "answers": { …a partial result… } }.
        app.MapPost("/api/grade", (HttpRequest request, SealingRules.Engine.SealingEngine engine, RequestReader reader)
            => Answer(request, (body, _) => Grade(new Teaching.Grader(engine, reader), exercises, body)));
        app.MapPost("/api/check", (HttpRequest request, SealingService service) => Answer(request, service.CheckToJson));
        // The order: ?format=markdown (default), html or docx, answered in that content type; ?kind=ruling (default, the
        // predicted ruling) or movant (the movant's proposed order, with &motion=ID where the request has several).
        app.MapPost("/api/order", (HttpRequest request, SealingService service) =>
        {
            var format = request.Query["format"].ToString() is { Length: > 0 } f ? f : "markdown";
            if (format is not ("markdown" or "html" or "docx"))
                return Task.FromResult(Refuse(StatusCodes.Status400BadRequest, ContractError.InvalidValue, $"format: '{format}' is not one of markdown, html, docx"));
            var kind = request.Query["kind"].ToString() is { Length: > 0 } k ? k : "ruling";
            if (kind is not ("ruling" or "movant"))
                return Task.FromResult(Refuse(StatusCodes.Status400BadRequest, ContractError.InvalidValue, $"kind: '{kind}' is not one of ruling, movant"));
            var motion = request.Query["motion"].ToString() is { Length: > 0 } m ? m : null;
            return Answer(request, body => Order(kind == "movant" ? MovantOrder(service, body, motion) : service.Order(body), format));
        });
        foreach (var prefix in new[] { "/api/schema", "/schema" })
        {
            app.MapGet(prefix + "/request", () => Results.Text(Schemas.Request(), "application/schema+json"));
            app.MapGet(prefix + "/result", () => Results.Text(Schemas.Result(), "application/schema+json"));
        }
        app.MapGet("/api/exercises", () => Results.Text(Newtonsoft.Json.JsonConvert.SerializeObject(Exercises.List(exercises)), "application/json"));
        app.MapGet("/api/exercises/{slug}", (string slug) => Exercises.Find(exercises, slug) is { } folder
            ? Results.Text(Newtonsoft.Json.JsonConvert.SerializeObject(Exercises.Facts(folder)), "application/json")
            : Refuse(StatusCodes.Status404NotFound, ContractError.UnknownReference, "exercise: there is no exercise by that name"));
        foreach (var path in new[] { "/health", "/api/health" })
            app.MapGet(path, () => Results.Text(Health, "application/json"));
        app.MapGet("/api/citations", () => Results.Text(Citations.ToJson(), "application/json"));
        app.MapGet("/api/openapi.json", (HttpContext context) => Results.Text(Page.OpenApi(context.Connection.LocalPort), "application/json"));
        app.MapGet("/", () => Results.Text(Page.Resource("index.html"), "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Results.Text(Page.Resource("app.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/interview.js", () => Results.Text(Page.Resource("interview.js"), "text/javascript; charset=utf-8"));
        // Browsers ask for an icon on every page; an empty answer keeps that request out of the console's errors.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/app.css", () => Results.Text(Page.Resource("app.css"), "text/css; charset=utf-8"));
        return app;
    }

    // The exercises of the repository the server is started in (or above it), as `dotnet run` from a clone does.
    private static string FindExercises()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "exercises");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine("examples", "exercises");
    }

    /// <summary>The Word file's content type.</summary>
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static IResult Order(SealingRules.Orders.ProposedOrder order, string format) => format switch
    {
        "docx" => Results.File(SealingRules.Word.WordOrder.Render(order), WordType, "proposed-order.docx"),
        "html" => Results.Text(SealingRules.Html.ProposedOrderHtml.Render(order), "text/html; charset=utf-8"),
        _ => Results.Text(SealingRules.Orders.MarkdownOrder.Render(order), "text/markdown; charset=utf-8"),
    };

    // The service throws a plain ArgumentException (no dedicated type) for a motion the request lacks or leaves
    // unnamed, as the CLI's order command expects; a subtype, or one from elsewhere, is a failure of the server.
    private static SealingRules.Orders.ProposedOrder MovantOrder(SealingService service, string body, string? motion)
    {
        try
        {
            return service.MovantOrder(body, motion);
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException))
        {
            throw new ContractException(new ContractError(ContractError.UnknownReference, $"motion: {e.Message}", null, null, null));
        }
    }

    // The envelope is read strictly, once: the answers' errors keep their "answers." path and their place in the body.
    private static string Grade(Teaching.Grader grader, string exercises, string body)
    {
        var envelope = Teaching.GradeRequest.Read(body);
        var folder = Exercises.Find(exercises, envelope.Exercise)
            ?? throw envelope.Refuse(ContractError.UnknownReference, $"'{envelope.Exercise}' is not an exercise");
        Teaching.Exercise exercise;
        try { exercise = Teaching.Exercise.Load(folder); }
        catch (InvalidDataException) { throw envelope.Refuse(ContractError.InvalidValue, $"'{envelope.Exercise}' has no readable answer key"); }
        return Json.Write(grader.Grade(exercise, envelope));
    }

    /// <summary>What <c>GET /health</c> answers: that it is up, and which engine and rules would decide.</summary>
    internal static readonly string Health = Newtonsoft.Json.JsonConvert.SerializeObject(new
    {
        status = "ok",
        engine = SealingRules.Engine.SealingEngine.Name,
        version = SealingRules.Engine.SealingEngine.EngineVersion,
        rulesVersion = SealingRules.Rules.RuleSet.Version,
    });

    /// <summary>The code of a 415 answer: a POST whose body is not declared as JSON.</summary>
    public const string UnsupportedMediaType = "unsupported-media-type";

    /// <summary>The code of a 422 answer: the movant's order for a motion the court would likely grant nothing of.</summary>
    public const string NothingToPropose = "nothing-to-propose";

    /// <summary>The code of a 421 answer: a Host header that is not a loopback name (DNS rebinding).</summary>
    public const string MisdirectedHost = "misdirected-host";

    // One POST: the body must be declared JSON in UTF-8 (415); a body over the request limit, or a request that breaks
    // the contract, gets 400; every refusal carries the contract's error body, in the project's words.
    private static Task<IResult> Answer(HttpRequest request, Func<string, bool, string> evaluate)
        => Answer(request, body => Results.Text(evaluate(body, true), "application/json", statusCode: 200));

    private static async Task<IResult> Answer(HttpRequest request, Func<string, IResult> produce)
    {
        if (!request.HasJsonContentType())
            return Refuse(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType,
                "the request body must be sent as application/json");
        if (!DeclaresUtf8(request.ContentType))
            return Refuse(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType,
                "the request body must be sent as UTF-8: declare charset=utf-8 or no charset");
        var limit = Limits.Default.MaxRequestChars;
        // 400, not 413: the contract answers every too-large with 400, whether the body or a field inside it is over.
        var tooLarge = Refuse(StatusCodes.Status400BadRequest, ContractError.TooLarge, $"the request is longer than the limit of {limit} characters");
        if (request.ContentLength > limit * 4L) return tooLarge;
        string body;
        try
        {
            // Strict UTF-8: an invalid byte is refused, not replaced; a UTF-8 byte order mark is skipped, no other is honoured.
            using var reader = new StreamReader(request.Body, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            var buffer = new char[Math.Min(limit + 1, 1 << 16)];
            var text = new System.Text.StringBuilder();
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > limit) return tooLarge;
            }
            body = text.ToString();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Refuse(StatusCodes.Status400BadRequest, ContractError.InvalidJson, "the body is not valid UTF-8 text (JSON is sent as UTF-8)");
        }
        try
        {
            return produce(body);
        }
        catch (ContractException e)
        {
            return Results.Text(e.Error.ToJson(), "application/json", statusCode: 400);
        }
        catch (Orders.NothingToProposeException e)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, NothingToPropose, e.Message);
        }
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    // No charset means UTF-8 (RFC 8259); any other declared charset would be decoded wrongly, so it is refused.
    private static bool DeclaresUtf8(string? contentType)
        => Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
            && (type.Charset.Length == 0
                || Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    internal static IResult Refuse(int status, string code, string message)
        => Results.Text(new ContractError(code, message, null, null, null).ToJson(), "application/json", statusCode: status);
}
