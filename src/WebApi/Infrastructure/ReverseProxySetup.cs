using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>
/// Behind a reverse proxy (nginx in front of several API nodes) the client's address and scheme come from
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, trusted only from the proxies configured under <c>ReverseProxy</c>
/// (loopback when none is), so that the per-IP rate limits, the audit trail and the dashboard's local-only rule see the
/// client rather than the proxy. A bad address fails the start, not the first request.
/// </summary>
internal static class ReverseProxySetup
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? [])
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid(p)).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid(n)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    private static InvalidOperationException Invalid(string text) =>
        new($"{Section}: '{text}' is not an IP address (KnownProxies) or a network such as 172.28.0.0/24 (KnownNetworks).");
}
