namespace HanoiDvc.Dependencies.Tests;

/// <summary>The repository's root: the folder above the test's output that holds <c>HanoiDvc.sln</c>.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HanoiDvc.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No HanoiDvc.sln above {AppContext.BaseDirectory}.");
    }
}
