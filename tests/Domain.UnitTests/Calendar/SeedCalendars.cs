using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

/// <summary>The calendar seed files of the repository, found by walking up from the test assembly to HanoiDvc.sln.</summary>
internal static class SeedCalendars
{
    private static readonly Lazy<IReadOnlyDictionary<int, CalendarYear>> Years = new(() =>
        Files().ToDictionary(f => f.Year, f => CalendarSeedFile.Parse(File.ReadAllText(f.Path)).ToCalendarYear()));

    private static readonly Lazy<WorkingCalendar> All = new(() => WorkingCalendar.FromYears(Years.Value.Values));

    /// <summary>A calendar with every seeded year (2024–2027).</summary>
    public static WorkingCalendar Calendar => All.Value;

    public static CalendarYear Year(int year) => Years.Value[year];

    public static string Folder => Path.Combine(RepositoryRoot(), "src", "Infrastructure", "Persistence", "Seed", "calendar");

    public static IEnumerable<(int Year, string Path)> Files() =>
        Directory.GetFiles(Folder, "*.json")
            .Select(path => (Year: int.Parse(Path.GetFileNameWithoutExtension(path), System.Globalization.CultureInfo.InvariantCulture), Path: path))
            .OrderBy(f => f.Year);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HanoiDvc.sln")) || File.Exists(Path.Combine(dir.FullName, "HanoiDvc.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No HanoiDvc.sln above {AppContext.BaseDirectory}.");
    }
}
