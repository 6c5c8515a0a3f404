using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Infrastructure.BackgroundJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>The statistics read model, its rebuild (on demand and nightly) and the report writers.</summary>
internal static class StatisticsRegistration
{
    public static IServiceCollection AddStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatisticsOptions>().Bind(configuration.GetSection(StatisticsOptions.Section));
        services.AddScoped<IStatisticsReadModel, StatisticsReadModel>();
        services.AddScoped<IStatisticsRebuilder, StatisticsRebuilder>();
        services.AddScoped<StatisticsRebuildJob>();
        services.AddSingleton<IStatisticsReportWriter, CsvStatisticsReportWriter>();
        services.AddSingleton<IStatisticsReportWriter, XlsxStatisticsReportWriter>();
        if (configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>()?.ServerEnabled ?? true)
        {
            services.AddHostedService<StatisticsJobRegistration>();
        }

        return services;
    }
}
