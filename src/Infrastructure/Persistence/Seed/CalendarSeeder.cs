namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>Loads the shipped holiday schedules (<c>calendar/&lt;year&gt;.json</c>) for years the database does not have yet.</summary>
public sealed class CalendarSeeder(AppDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var known = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var path in SeedResources.List("calendar"))
        {
            var seed = await SeedResources.ReadAsync<CalendarSeed>(path, cancellationToken);
            if (!known.Contains(seed.Year))
            {
                db.CalendarYears.Add(seed.ToCalendarYear());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
