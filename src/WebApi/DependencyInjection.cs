using System.Globalization;
using System.Text.Json.Serialization;
using HanoiDvc.WebApi.Endpoints;
using HanoiDvc.WebApi.ErrorHandling;
using HanoiDvc.WebApi.Hosting;
using HanoiDvc.WebApi.Input;
using HanoiDvc.WebApi.Observability;
using HanoiDvc.WebApi.OpenApi;
using Microsoft.AspNetCore.Localization;

namespace HanoiDvc.WebApi;

/// <summary>Registers what the HTTP layer needs: problem details, security, limits, OpenAPI, telemetry, JSON and request cultures.</summary>
internal static class DependencyInjection
{
    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApiProblemDetails();
        services.AddApiSecurity(configuration);
        services.AddApiRateLimiting(configuration);
        services.AddApiCors(configuration);
        services.AddRequestSizeLimits(configuration);
        // Before any other hosted service starts: a Production host on development settings stops here.
        services.AddHostedService<ProductionSafetyCheck>();
        // Output cache: anonymous public reads only (the default policy skips requests that carry credentials), with the
        // statistics' public policy and its tag.
        services.AddStatisticsOutputCache();
        services.AddSpaCompression();
        services.AddApiDocumentation();
        services.AddObservability(configuration);
        // Binding failures ("page=abc") become exceptions, so the one handler writes them as problems with a detail.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A field the API does not know is a client mistake worth a 400, not something to drop silently.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Control characters in any string of a body are refused while it is read, with the field's path (a 400).
            options.SerializerOptions.Converters.Add(new CheckedTextConverter());
        });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Neutral cultures too, so a plain "Accept-Language: en" matches.
            CultureInfo[] cultures = [new("vi-VN"), new("vi"), new("en-US"), new("en")];
            options.DefaultRequestCulture = new RequestCulture("vi-VN");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentUICultures = true;
        });
        return services;
    }
}
