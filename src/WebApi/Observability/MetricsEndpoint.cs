using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Observability;

/// <summary>
/// <c>GET /metrics</c>, the Prometheus scrape endpoint. A scraper carries no token, so the caller's address decides:
/// only the networks of <see cref="MetricsSettings.AllowedNetworks"/> (this machine by default) are answered; anyone
/// else gets a 403 problem. Behind a reverse proxy the address is the proxy's unless forwarded headers are configured:
/// keep <c>/metrics</c> off the public proxy.
/// </summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void MapMetricsEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RefuseOtherNetworksAsync), optionsName: null)
            // No user to authorize: the network check in the endpoint's own pipeline stands in for authorization.
            .AllowAnonymous()
            .DisableHttpMetrics()
            .ExcludeFromDescription();

    /// <summary>Whether <paramref name="address"/> lies in one of <paramref name="networks"/> (IPv4-mapped addresses as IPv4).</summary>
    public static bool IsAllowed(IPAddress? address, IEnumerable<IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }

        var caller = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(caller));
    }

    private static async Task RefuseOtherNetworksAsync(HttpContext context, RequestDelegate next)
    {
        var networks = context.RequestServices.GetRequiredService<IOptions<ObservabilityOptions>>().Value.Metrics.AllowedNetworksOrDefault.Select(IPNetwork.Parse);
        if (IsAllowed(context.Connection.RemoteIpAddress, networks))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Detail = "Metrics are served only to the networks configured in Observability:Metrics:AllowedNetworks.",
                Extensions = { ["code"] = "metrics.network_not_allowed" },
            },
        });
    }
}
