using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Behind a reverse proxy (nginx) that ends TLS: the client's address and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, but only on requests from the proxies listed in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges). With neither, the headers are ignored and the
/// client is the connection's peer, so nobody can pick the address the rate limits count against.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static void UseTrustedForwardedHeaders(this WebApplication app)
    {
        var section = app.Configuration.GetSection(Section);
        var proxies = Entries(section, "KnownProxies")
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid("KnownProxies", p)).ToList();
        var networks = Entries(section, "KnownNetworks")
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid("KnownNetworks", n)).ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // Only what is configured: not the loopback defaults.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        proxies.ForEach(options.KnownProxies.Add);
        networks.ForEach(options.KnownIPNetworks.Add);
        app.UseForwardedHeaders(options);
    }

    private static IEnumerable<string> Entries(IConfigurationSection section, string key) =>
        section.GetSection(key).Get<string[]>()?.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()) ?? [];

    private static InvalidOperationException Invalid(string key, string value) =>
        new($"{Section}:{key} has an entry that is not an address or range: '{value}'.");
}
