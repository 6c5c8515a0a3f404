using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Persistence;

namespace HanoiDvc.WebApi.Hosting;

/// <summary>
/// The <c>migrate</c> command: applies EF Core migrations, reference data and Hangfire's schema, then exits.
/// In the Development environment only, it also creates the development accounts and prints them.
/// </summary>
internal static class DatabaseCommands
{
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(cancellationToken);

        if (scope.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<DevelopmentAccountSeeder>().SeedAsync(cancellationToken);
            await WriteAccountsAsync(output, accounts);
        }
    }

    private static async Task WriteAccountsAsync(TextWriter output, IReadOnlyList<DevelopmentAccount> accounts)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"  Development accounts (password {DevelopmentAccountSeeder.Password}; Development environment only):");
        await output.WriteLineAsync($"  {"user name",-20} {"role",-14} agency");
        foreach (var account in accounts)
        {
            await output.WriteLineAsync($"  {account.UserName,-20} {account.Role,-14} {account.AgencyCode ?? "-"}");
        }

        await output.WriteLineAsync();
    }
}
