using HanoiDvc.Infrastructure.Persistence;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>The <c>migrate</c> command: applies EF Core migrations, reference data and Hangfire's schema, then exits.</summary>
internal static class DatabaseCommands
{
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(cancellationToken);
    }
}
