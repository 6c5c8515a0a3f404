using System.Net;
using System.Net.Sockets;
using HanoiDvc.Application.Integrations;
using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Infrastructure.Integrations;

/// <summary>
/// The webhook client's connections. Each one resolves the URL's host itself, refuses it unless every address is public
/// (<see cref="WebhookDestination"/>, unless <see cref="IntegrationOptions.AllowPrivateNetworkWebhooks"/>), and connects to
/// exactly the addresses it checked, so a name that resolves elsewhere a moment later (DNS rebinding) gains nothing. No
/// proxy (it would make the connection instead) and no redirects (a public host could send the request inside).
/// </summary>
internal static class WebhookConnector
{
    /// <summary>The primary handler of the webhook <see cref="HttpClient"/>.</summary>
    public static SocketsHttpHandler Handler(IntegrationOptions options)
    {
        var allowPrivate = options.AllowPrivateNetworkWebhooks == true;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivate, cancellationToken),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!allowPrivate && !addresses.All(WebhookDestination.IsPublic))
        {
            throw new WebhookDestinationRefusedException();
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A webhook's host is, or resolves to, an address that is not public: no connection is made.</summary>
public sealed class WebhookDestinationRefusedException : Exception
{
    public WebhookDestinationRefusedException()
        : base("The webhook's destination is not a public address.")
    {
    }
}
