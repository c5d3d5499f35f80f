namespace SealingRules.Tests.Support;

/// <summary>Where the repository's data lives, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Examples => Path.Combine(Root, "examples");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SealingRules.sln"))) return dir.FullName;
        throw new InvalidOperationException("SealingRules.sln not found above the test binaries.");
    }
}
