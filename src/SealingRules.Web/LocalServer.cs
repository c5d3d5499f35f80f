using System.Net;
using SealingRules.Contract;

namespace SealingRules.Web;

/// <summary>
/// The contract over HTTP, for programs on the same machine: POST /evaluate, GET /schema/request|result, GET /health.
/// Binds to loopback only and logs nothing of what it is sent (the material is what people want sealed).
/// </summary>
public static class LocalServer
{
    public static WebApplication Build(int port, string[]? args = null)
    {
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
        app.MapGet("/schema/request", () => Results.Text(Schemas.Request(), "application/schema+json"));
        app.MapGet("/schema/result", () => Results.Text(Schemas.Result(), "application/schema+json"));
        app.MapGet("/health", () => Results.Text("ok"));
        return app;
    }
}
