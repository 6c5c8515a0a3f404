namespace HanoiDvc.WebApi.Hosting;

/// <summary>Configuration section <c>RequestLimits</c>.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Largest body of a request to an endpoint that declares no limit of its own: JSON, forms (default 64 KiB).</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;
}
