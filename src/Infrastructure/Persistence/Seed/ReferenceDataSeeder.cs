namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>Loads the reference data shipped with the application, in dependency order. Idempotent.</summary>
public sealed class ReferenceDataSeeder(AgencySeeder agencies, ProcedureSeeder procedures, CalendarSeeder calendar, RoleSeeder roles)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await agencies.SeedAsync(cancellationToken);
        await procedures.SeedAsync(cancellationToken);
        await calendar.SeedAsync(cancellationToken);
        await roles.SeedAsync(cancellationToken);
    }
}
