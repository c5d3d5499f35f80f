using SealingRules.Web;

// sealingrules-web [--port N]: serves the contract on http://127.0.0.1:N (default 5117), loopback only.
var port = args is ["--port", var p, ..] && int.TryParse(p, out var n) ? n : 5117;
var app = LocalServer.Build(port);
Console.WriteLine($"SealingRules listening on http://127.0.0.1:{port} (loopback only)");
await app.RunAsync();
