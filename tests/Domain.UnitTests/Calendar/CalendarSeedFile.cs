using System.Text.Json;
using System.Text.Json.Serialization;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Domain.UnitTests.Calendar;

/// <summary>The shape of <c>src/Infrastructure/Persistence/Seed/calendar/&lt;year&gt;.json</c>.</summary>
internal sealed record CalendarSeedFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public required int Year { get; init; }

    public required ScheduleStatus Status { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public required IReadOnlyList<SeedDayOff> DaysOff { get; init; }

    public required IReadOnlyList<SeedMakeUpWorkingDay> MakeUpWorkingDays { get; init; }

    public static CalendarSeedFile Parse(string json) =>
        JsonSerializer.Deserialize<CalendarSeedFile>(json, Options) ?? throw new JsonException("The seed file is empty.");

    public CalendarYear ToCalendarYear()
    {
        var daysOff = DaysOff.Select(d => new DayOff(d.Date, d.Name, d.Kind));
        var makeUps = MakeUpWorkingDays.Select(d => new MakeUpWorkingDay(d.Date, d.Name, d.Replaces));
        return Status == ScheduleStatus.Official
            ? CalendarYear.Official(Year, Sources, daysOff, makeUps)
            : CalendarYear.Proposed(Year, Sources, daysOff, makeUps);
    }
}

internal sealed record SeedDayOff(DateOnly Date, string Name, DayOffKind Kind);

internal sealed record SeedMakeUpWorkingDay(DateOnly Date, string Name, DateOnly? Replaces);
