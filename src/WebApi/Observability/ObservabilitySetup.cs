using System.Net;
using HanoiDvc.Infrastructure.Observability;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HanoiDvc.WebApi.Observability;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, HttpClient, Npgsql (every SQL statement EF Core, Hangfire and the
/// health checks send), EF Core's and the runtime's meters, the application's own source and meter
/// (<see cref="Telemetry"/>). Metrics are always served to Prometheus at <c>/metrics</c>; traces and metrics go to an
/// OTLP collector when one is configured (decision 0020). Traces are recorded even without a collector: log lines carry
/// their ids.
/// </summary>
internal static class ObservabilitySetup
{
    /// <summary>The standard variable (any configuration source) that also switches OTLP export on.</summary>
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        services.AddOptions<ObservabilityOptions>()
            .Bind(configuration.GetSection(ObservabilityOptions.Section))
            .Validate(o => o.Metrics.AllowedNetworksOrDefault.All(n => IPNetwork.TryParse(n, out _)),
                "Observability:Metrics:AllowedNetworks must list networks in CIDR notation (e.g. 10.0.0.0/8).")
            .ValidateOnStart();
        var endpoint = string.IsNullOrWhiteSpace(options.Otlp.Endpoint) ? null : new Uri(options.Otlp.Endpoint);
        var exportOtlp = endpoint is not null || !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: typeof(Program).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing
                    .SetSampler(new ParentBasedSampler(new QuietRootSampler()))
                    .AddSource(Telemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsScrapeOrProbe(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql();
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter(o => UseEndpoint(o, endpoint, "v1/traces"));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(Telemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter("Microsoft.EntityFrameworkCore")
                    .AddPrometheusExporter();
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter(o => UseEndpoint(o, endpoint, "v1/metrics"));
                }
            });
        return services;
    }

    private static bool IsScrapeOrProbe(PathString path) =>
        path.StartsWithSegments(MetricsEndpoint.Path, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Observability:Otlp:Endpoint</c> is a base address: over HTTP each signal has its own path under it.</summary>
    private static void UseEndpoint(OtlpExporterOptions exporter, Uri? endpoint, string signalPath)
    {
        if (endpoint is not null)
        {
            exporter.Endpoint = exporter.Protocol == OtlpExportProtocol.HttpProtobuf
                ? new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/" + signalPath)
                : endpoint;
        }
    }

    /// <summary>
    /// A trace may start anywhere except at a client call: root database and HTTP client spans are the polls of the outbox
    /// dispatcher and of Hangfire every few seconds, noise without a request or job around them.
    /// </summary>
    private sealed class QuietRootSampler : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
            new(samplingParameters.Kind == System.Diagnostics.ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
    }
}
