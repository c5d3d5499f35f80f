using System.Diagnostics;
using System.IO.Compression;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Packaging;

/// <summary>
/// What a new user does (issue 12): pack the solution, install the tool by its id and run it on the seed, and
/// install the library by its id into a fresh console app that evaluates the seed through the README's DI example,
/// under a Thai culture. Slow (a pack, a tool install, a new project's restore and build): about a minute.
/// </summary>
public sealed class PackageTests
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    /// <summary>The README's DI example, as written there ("As a library").</summary>
    public const string DiExample = """
        using Microsoft.Extensions.DependencyInjection;
        using SealingRules;

        var services = new ServiceCollection();
        services.AddSealingRules();
        using var provider = services.BuildServiceProvider();

        var sealing = provider.GetRequiredService<SealingService>();
        var result = sealing.Evaluate(File.ReadAllText(args[0]));
        Console.WriteLine(result.Engine.LawAsOf);
        foreach (var motion in result.Motions)
            Console.WriteLine($"{motion.Id}: {motion.Disposition}");
        """;

    private static string Seed => Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json");

    private static string Version => SealingRules.Engine.SealingEngine.EngineVersion;

    private static (int Code, string Out, string Err) Run(string file, string arguments, string? cwd = null, Dictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = cwd ?? Repo.Root,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in env ?? []) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Ok((int Code, string Out, string Err) run, string what)
    {
        Assert.True(run.Code == 0, $"{what} exited {run.Code}:\n{run.Out}\n{run.Err}");
        return run.Out;
    }

    [Fact]
    public void PackedPackages_InstallByIdAndEvaluateTheSeed()
    {
        var temp = Directory.CreateTempSubdirectory("sealingrules-pack-");
        try
        {
            var packages = Path.Combine(temp.FullName, "packages");
            Ok(Run("dotnet", $"pack SealingRules.sln -c Release -o \"{packages}\""), "dotnet pack");

            // The library's package: id, licence, readme, repository, its rules and model as dependencies, symbols.
            var library = Path.Combine(packages, $"SealingRules.{Version}.nupkg");
            Assert.True(File.Exists(Path.Combine(packages, $"SealingRules.{Version}.snupkg")));
            using (var zip = ZipFile.OpenRead(library))
            {
                var nuspec = new StreamReader(zip.GetEntry("SealingRules.nuspec")!.Open()).ReadToEnd();
                Assert.Contains("<id>SealingRules</id>", nuspec);
                Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
                Assert.Contains("<readme>README.md</readme>", nuspec);
                Assert.Contains("<repository type=\"git\" url=\"", nuspec);
                Assert.Contains("<dependency id=\"SealingRules.Rules\"", nuspec);
                Assert.Contains("<dependency id=\"SealingRules.Model\"", nuspec);
                Assert.NotNull(zip.GetEntry("README.md"));
            }
            Assert.True(File.Exists(Path.Combine(packages, $"SealingRules.Rules.{Version}.nupkg")));
            Assert.True(File.Exists(Path.Combine(packages, $"SealingRules.Model.{Version}.nupkg")));

            // The tool, by id, into a tool path of its own.
            var tools = Path.Combine(temp.FullName, "tools");
            Ok(Run("dotnet", $"tool install SealingRules.Cli --version {Version} --tool-path \"{tools}\" --add-source \"{packages}\""), "dotnet tool install");
            var evaluated = Ok(Run(Path.Combine(tools, "sealingrules"), $"evaluate \"{Seed}\""), "sealingrules evaluate");
            Assert.Contains("\"lawAsOf\": \"2019-11-21\"", evaluated);

            // The library, by id, into a fresh console app, through the README's DI example, under th-TH.
            var app = Path.Combine(temp.FullName, "app");
            Ok(Run("dotnet", $"new console -o \"{app}\" -n SeedApp"), "dotnet new console");
            // `dotnet add package` takes one --source; the restore takes both, the packed folder and nuget.org.
            Ok(Run("dotnet", $"add package SealingRules --version {Version} --no-restore", app), "dotnet add package SealingRules");
            Ok(Run("dotnet", "add package Microsoft.Extensions.DependencyInjection --version 11.0.0 --no-restore", app), "dotnet add package DI");
            Ok(Run("dotnet", $"restore --source \"{packages}\" --source {NuGetOrg}", app), "dotnet restore");
            File.WriteAllText(Path.Combine(app, "Program.cs"), DiExample);
            var thai = new Dictionary<string, string> { ["LANG"] = "th_TH.UTF-8", ["LC_ALL"] = "th_TH.UTF-8" };
            var output = Ok(Run("dotnet", $"run --no-restore -- \"{Seed}\"", app, thai), "the console app");
            var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("2019-11-21", lines[0]);
            Assert.Contains("ECF 290: Denied", lines);
        }
        finally
        {
            try { temp.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
