namespace HanoiDvc.WebApi.Observability;

/// <summary>Configuration section <c>Observability</c>: OpenTelemetry export and who may scrape <c>/metrics</c>.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>The <c>service.name</c> of traces and metrics (default <c>hanoidvc-api</c>).</summary>
    public string ServiceName { get; set; } = "hanoidvc-api";

    /// <summary>OTLP export of traces and metrics.</summary>
    public OtlpSettings Otlp { get; set; } = new();

    /// <summary>The Prometheus scrape endpoint.</summary>
    public MetricsSettings Metrics { get; set; } = new();
}

/// <summary>Section <c>Observability:Otlp</c>.</summary>
public sealed class OtlpSettings
{
    /// <summary>
    /// The collector's base address (e.g. <c>http://otel-collector:4317</c>); with it, or with the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, traces and metrics are exported over OTLP. Neither set: no export.
    /// </summary>
    public string? Endpoint { get; set; }
}

/// <summary>Section <c>Observability:Metrics</c>.</summary>
public sealed class MetricsSettings
{
    private static readonly string[] Loopback = ["127.0.0.0/8", "::1/128"];

    /// <summary>Networks (CIDR) whose callers may read <c>/metrics</c>; none configured means this machine only.</summary>
    public string[] AllowedNetworks { get; set; } = [];

    public IReadOnlyList<string> AllowedNetworksOrDefault => AllowedNetworks.Length == 0 ? Loopback : AllowedNetworks;
}
