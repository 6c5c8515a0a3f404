using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Channels;
using HanoiDvc.Infrastructure.BackgroundJobs;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using HanoiDvc.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>The outbox dispatcher, the notification channels and the reminder jobs.</summary>
internal static class NotificationsRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section));
        services.AddOptions<Application.Dossiers.Common.UncollectedResultOptions>().Bind(configuration.GetSection(Application.Dossiers.Common.UncollectedResultOptions.Section));

        services.AddSingleton<OutboxProcessor>();
        services.AddScoped<NotificationDelivery>();
        services.AddScoped<IRecipientDirectory, RecipientDirectory>();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<ISmsSender, LoggingSmsSender>();
        services.AddSingleton<IZaloSender, LoggingZaloSender>();
        services.Scan(scan => scan.FromAssemblyOf<OutboxProcessor>()
            .AddClasses(c => c.AssignableTo(typeof(IOutboxHandler<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime());
        services.AddScoped<StepReminderJob>();
        services.AddScoped<OverdueCheckJob>();
        services.AddScoped<CollectionReminderJob>();
        services.AddScoped<Files.OrphanFilesJob>();
        services.AddScoped<Catalogue.ScheduledVersionsJob>();
        services.AddScoped<Payments.PaymentExpiryJob>();

        if (configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>()?.DispatcherEnabled ?? true)
        {
            services.AddHostedService<OutboxDispatcherService>();
        }

        if (configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>()?.ServerEnabled ?? true)
        {
            services.AddHostedService<RecurringJobsRegistration>();
        }

        return services;
    }
}
