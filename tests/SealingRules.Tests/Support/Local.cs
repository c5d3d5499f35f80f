using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace SealingRules.Tests.Support;

/// <summary>What the tests that start a server or a browser share.</summary>
public static class Local
{
    /// <summary>A loopback port free at the moment of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Debian's chromium: the repo's own script installs it when it is absent (never `playwright install`).</summary>
    public static void EnsureChromium()
    {
        if (File.Exists("/usr/bin/chromium")) return;
        using var install = Process.Start(new ProcessStartInfo("bash", Path.Combine(Repo.Root, "scripts", "install-chromium.sh")) { UseShellExecute = false })!;
        install.WaitForExit();
        Assert.True(File.Exists("/usr/bin/chromium"), "scripts/install-chromium.sh did not install /usr/bin/chromium");
    }
}
