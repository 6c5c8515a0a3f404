using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using HanoiDvc.Application.Agencies;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Infrastructure.BackgroundJobs;
using HanoiDvc.Infrastructure.Catalogue;
using HanoiDvc.Infrastructure.Documents;
using HanoiDvc.Infrastructure.Dossiers;
using HanoiDvc.Infrastructure.Files;
using HanoiDvc.Infrastructure.Health;
using HanoiDvc.Infrastructure.Identity;
using HanoiDvc.Infrastructure.Notifications;
using HanoiDvc.Infrastructure.Observability;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.Infrastructure.Payments;
using HanoiDvc.Infrastructure.Persistence.Seed;
using HanoiDvc.Infrastructure.Results;
using HanoiDvc.Infrastructure.Statistics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HanoiDvc.Infrastructure;

/// <summary>Registers PostgreSQL (EF Core, primary and read replica), Identity stores, Hangfire, health checks, the PDF forms and the payment gateways.</summary>
public static class DependencyInjection
{
    /// <summary>Tag of the checks behind <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured (environment variable ConnectionStrings__Default).");

        services.AddDatabase(configuration, connectionString);
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<AgencySeeder>();
        services.AddScoped<ProcedureSeeder>();
        services.AddScoped<CalendarSeeder>();
        services.AddScoped<RoleSeeder>();
        services.AddSingleton<IDocumentTemplates, EmbeddedDocumentTemplates>();
        services.AddScoped<IDossierCodeSequence, DossierCodeSequence>();
        services.AddScoped<IInboxCounts, Dossiers.Inbox.InboxCounts>();
        services.AddOptions<LocalFileStoreOptions>().Bind(configuration.GetSection(LocalFileStoreOptions.Section));
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddSingleton<IDossierDocuments, SkiaDossierDocuments>();
        services.AddSingleton<IResultTemplates, SeededResultTemplates>();
        services.AddOptions<OrganisationOptions>().Bind(configuration.GetSection(OrganisationOptions.Section));
        services.AddScoped<DatabaseInitializer>();
        AddPayments(services, configuration);

        services.AddAccounts();
        services.AddNotifications(configuration);
        services.AddStatistics(configuration);
        Integrations.IntegrationsRegistration.AddIntegrations(services);

        AddHangfire(services, configuration, connectionString);

        // The checks open their connections from the application's pools (the same connection strings): what they test is
        // what requests use, and a connection a restart broke is found and dropped there, not kept in a pool of their own.
        var health = services.AddHealthChecks()
            .AddCheck("database", new DatabaseHealthCheck(Persistence.DatabaseRegistration.Tuned(connectionString)), tags: [ReadyTag])
            .AddCheck<HangfireStorageHealthCheck>("hangfire", tags: [ReadyTag]);
        if (configuration.GetConnectionString("ReadOnly") is { Length: > 0 } readOnly)
        {
            // Degraded, not unhealthy: every API process shares the replica, so taking this one out of the load balancer would not help.
            health.AddCheck("database-read-only", new DatabaseHealthCheck(Persistence.DatabaseRegistration.Tuned(readOnly)), HealthStatus.Degraded, [ReadyTag]);
        }

        return services;
    }

    private static void AddPayments(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.Section));
        services.AddSingleton<IPaymentGateway, VnPayGateway>();
        services.AddSingleton<IPaymentGateways, PaymentGateways>();
        services.AddScoped<VnPaySandbox>();
        services.AddScoped<SandboxNotificationJob>();
    }

    private static void AddHangfire(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        services.AddOptions<HangfireOptions>().Bind(configuration.GetSection(HangfireOptions.Section));
        // The schema is installed by the migrate command (DatabaseInitializer), not by a starting API.
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.Schema,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = options.QueuePollInterval,
            // Several API nodes share the storage and any of them may be killed: see decision 0021.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = options.InvisibilityTimeout,
            DistributedLockTimeout = options.DistributedLockTimeout,
        };

        // The storage is this container's own singleton rather than Hangfire's global JobStorage.Current,
        // so two hosts in one process (tests, tools) never share or overwrite each other's storage.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddHangfire(config =>
        {
            config
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // Hangfire's filters are process-wide: the tracing filter is added once, whatever the number of hosts.
            if (!GlobalJobFilters.Filters.Any(f => f.Instance == HangfireJobTracing.Instance))
            {
                config.UseFilter(HangfireJobTracing.Instance);
            }
        });
        if (options.ServerEnabled)
        {
            services.AddHangfireServer(server => server.WorkerCount = options.WorkerCount);
        }
    }
}
