using HanoiDvc.Application.Integrations;
using HanoiDvc.Application.Integrations.NationalPortal;
using HanoiDvc.Application.Integrations.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HanoiDvc.Infrastructure.Integrations;

/// <summary>Webhook delivery (Hangfire jobs, an HTTP client) and the national portal adapter. The outbox handlers are found by the notifications' scan.</summary>
internal static class IntegrationsRegistration
{
    public static IServiceCollection AddIntegrations(this IServiceCollection services)
    {
        // http:// to a loopback receiver is for development and tests only.
        services.AddOptions<IntegrationOptions>().PostConfigure<IHostEnvironment>((o, env) =>
        {
            o.AllowHttpLoopbackWebhooks = !env.IsProduction();
            o.AllowPrivateNetworkWebhooks ??= env.IsDevelopment() || env.IsEnvironment("Testing");
        });
        services.AddHttpClient(WebhookDeliveryJob.HttpClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("HanoiDvc-Webhooks/1.0"))
            .ConfigurePrimaryHttpMessageHandler(services => WebhookConnector.Handler(services.GetRequiredService<IOptions<IntegrationOptions>>().Value));
        services.AddScoped<WebhookDeliveryJob>();
        services.AddSingleton<IWebhookScheduler, HangfireWebhookScheduler>();
        services.AddSingleton<INationalPortalSync, LoggingNationalPortalSync>();
        return services;
    }
}
