using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.Observability;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.Infrastructure.Persistence.Auditing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// The primary database (<c>ConnectionStrings:Default</c>) behind <see cref="IAppDbContext"/>, and the read side behind
/// <see cref="IReadDbContext"/>: a second <see cref="AppDbContext"/> on <c>ConnectionStrings:ReadOnly</c> (a streaming
/// replica) when it is set, the primary's own context otherwise. Both retry transient failures a few times (<see cref="DatabaseOptions"/>).
/// </summary>
internal static class DatabaseRegistration
{
    /// <summary>Service key of the replica's context.</summary>
    public const string ReadOnlyKey = "read-only";

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddScoped<AuditInterceptor>();
        services.AddScoped<OutboxInterceptor>();
        services.AddScoped<DossierMetricsInterceptor>();
        services.AddSingleton<HanoiDvcMetrics>();
        services.AddDbContext<AppDbContext>((sp, builder) => UseDatabase(
            builder.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxInterceptor>(), sp.GetRequiredService<DossierMetricsInterceptor>()),
            connectionString, options));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<ITransactionRunner, TransactionRunner>();
        services.AddSingleton<IDatabaseFailures, DatabaseFailures>();

        var readOnly = configuration.GetConnectionString("ReadOnly");
        if (string.IsNullOrWhiteSpace(readOnly))
        {
            services.AddScoped(sp => new ReadDbContext(sp.GetRequiredService<AppDbContext>()));
        }
        else
        {
            // No interceptors: nothing is saved through it (a hot standby would refuse it anyway).
            services.AddKeyedSingleton(ReadOnlyKey, (sp, _) =>
            {
                var builder = new DbContextOptionsBuilder<AppDbContext>().UseApplicationServiceProvider(sp)
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
                UseDatabase(builder, readOnly, options);
                return builder.Options;
            });
            services.AddKeyedScoped(ReadOnlyKey, (sp, key) => new AppDbContext(sp.GetRequiredKeyedService<DbContextOptions<AppDbContext>>(key)));
            services.AddScoped(sp => new ReadDbContext(sp.GetRequiredKeyedService<AppDbContext>(ReadOnlyKey)));
        }

        services.AddScoped<IReadDbContext>(sp => sp.GetRequiredService<ReadDbContext>());
        return services;
    }

    /// <summary>
    /// The application's connections: a connection taken back from the pool is not reset (no <c>DISCARD ALL</c> round trip
    /// each time a request opens one; the product keeps no session state), a statement run twice on a connection is
    /// prepared there, so the server parses and plans it once, and PostgreSQL does not compile queries to machine code
    /// (<c>jit=off</c>: the statistics queries' pessimistic estimates made it spend over a second compiling a query that runs
    /// in a quarter of one) (decision 0034). Settings the operator wrote win.
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = 64;
        }

        if (!(tuned.Options ?? string.Empty).Contains("jit", StringComparison.OrdinalIgnoreCase))
        {
            tuned.Options = string.IsNullOrWhiteSpace(tuned.Options) ? "-c jit=off" : $"{tuned.Options} -c jit=off";
        }

        return tuned.ConnectionString;
    }

    private static void UseDatabase(DbContextOptionsBuilder builder, string connectionString, DatabaseOptions options) => builder
        .UseNpgsql(Tuned(connectionString), npgsql => npgsql
            .MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)
            .MigrationsHistoryTable("__ef_migrations_history")
            // Npgsql counts a refused or broken connection and a server shutting down (57P01) as transient.
            .EnableRetryOnFailure(options.MaxRetryCount, options.MaxRetryDelay, errorCodesToAdd: null)
            // A dossier loads with its steps and attachments: one query per collection, not their cross product.
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
        .UseSnakeCaseNamingConvention();
}
