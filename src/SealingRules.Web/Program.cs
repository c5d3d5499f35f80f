using SealingRules.Web;

// sealingrules-web [--port N]: serves the contract on http://127.0.0.1:N (default 5117), loopback only.
int port = 5117;
switch (args)
{
    case []:
        break;
    case ["--port", var p] when int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535:
        port = n;
        break;
    case ["--port", var p]:
        Console.Error.WriteLine($"sealingrules-web: --port '{p}' is not a port number from 1 to 65535");
        return 1;
    default:
        Console.Error.WriteLine("usage: sealingrules-web [--port N]   (serves http://127.0.0.1:N, default 5117, loopback only)");
        return args is ["--help"] or ["-h"] ? 0 : 1;
}
var app = LocalServer.Build(port);
Console.WriteLine($"SealingRules listening on http://127.0.0.1:{port} (loopback only)");
await app.RunAsync();
return 0;
