using System.Net;
using SealingRules.Contract;

namespace SealingRules.Web;

/// <summary>
/// The contract over HTTP, for programs on the same machine: POST /evaluate, GET /schema/request|result, GET /health.
/// Binds to loopback only and logs nothing of what it is sent (the material is what people want sealed).
/// </summary>
public static class LocalServer
{
    public static WebApplication Build(int port, string[]? args = null, string? exercisesFolder = null)
    {
        var exercises = exercisesFolder ?? Path.Combine("examples", "exercises");
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = Limits.Default.MaxRequestChars * 4L;
            k.AddServerHeader = false;
        });
        builder.Services.AddSealingRules();
        var app = builder.Build();

        app.MapPost("/evaluate", async (HttpRequest request, SealingService service) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            try
            {
                return Results.Text(service.EvaluateToJson(body), "application/json", statusCode: 200);
            }
            catch (ContractException e)
            {
                return Results.Text(e.Error.ToJson(), "application/json", statusCode: 400);
            }
        });
        app.MapPost("/api/whatif", async (HttpRequest request, SealingService service) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            try
            {
                return Results.Text(service.WhatIfToJson(body), "application/json", statusCode: 200);
            }
            catch (ContractException e)
            {
                return Results.Text(e.Error.ToJson(), "application/json", statusCode: 400);
            }
        });
        // Grading: { "exercise": "<slug under the exercises folder>", "answers": { …a partial result… } }.
        app.MapPost("/api/grade", async (HttpRequest request, SealingService service) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            try
            {
                var envelope = Newtonsoft.Json.Linq.JObject.Parse(body);
                var slug = (string?)envelope["exercise"] ?? "";
                var folder = Path.Combine(exercises, slug);
                if (slug.Length == 0 || slug.Contains("..", StringComparison.Ordinal) || slug.Contains('/') || !Directory.Exists(folder))
                    return Results.Text(new ContractError(ContractError.UnknownReference, $"exercise: '{slug}' is not an exercise", "exercise", null, null).ToJson(), "application/json", statusCode: 400);
                var answers = envelope["answers"]?.ToString() ?? "";
                return Results.Text(Json.Write(service.Grade(folder, answers)), "application/json", statusCode: 200);
            }
            catch (Newtonsoft.Json.JsonReaderException)
            {
                return Results.Text(new ContractError(ContractError.InvalidJson, "the body is not valid JSON", null, null, null).ToJson(), "application/json", statusCode: 400);
            }
            catch (ContractException e)
            {
                return Results.Text(e.Error.ToJson(), "application/json", statusCode: 400);
            }
        });
        app.MapGet("/schema/request", () => Results.Text(Schemas.Request(), "application/schema+json"));
        app.MapGet("/schema/result", () => Results.Text(Schemas.Result(), "application/schema+json"));
        app.MapGet("/health", () => Results.Text("ok"));
        return app;
    }
}
