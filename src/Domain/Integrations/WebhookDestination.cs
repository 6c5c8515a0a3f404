using System.Net;

namespace HanoiDvc.Domain.Integrations;

/// <summary>
/// Which addresses a webhook may be delivered to: only publicly routable ones, so a subscription cannot make the
/// platform probe its own network (loopback, private and carrier-grade NAT ranges, link-local and cloud metadata,
/// multicast, reserved and documentation ranges). IPv6 is public only inside global unicast (2000::/3) outside its
/// special blocks; an IPv4 address embedded in IPv6 (mapped, NAT64) is judged as the IPv4 address it carries.
/// </summary>
public static class WebhookDestination
{
    private static readonly IPNetwork[] NonPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"), // "this network"
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"), // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), // link-local, cloud metadata
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"), // documentation
        IPNetwork.Parse("192.88.99.0/24"), // 6to4 relay anycast
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), // benchmarking
        IPNetwork.Parse("198.51.100.0/24"), // documentation
        IPNetwork.Parse("203.0.113.0/24"), // documentation
        IPNetwork.Parse("224.0.0.0/4"), // multicast
        IPNetwork.Parse("240.0.0.0/4"), // reserved, broadcast
    ];

    private static readonly IPNetwork GlobalUnicastV6 = IPNetwork.Parse("2000::/3");

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private static readonly IPNetwork[] NonPublicV6 =
    [
        IPNetwork.Parse("2001::/23"), // IETF protocol assignments: Teredo, benchmarking, ORCHID
        IPNetwork.Parse("2001:db8::/32"), // documentation
        IPNetwork.Parse("2002::/16"), // 6to4: carries any IPv4 address
        IPNetwork.Parse("3fff::/20"), // documentation
    ];

    /// <summary>Whether <paramref name="address"/> is publicly routable, so a webhook may connect to it.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return !NonPublicV4.Any(n => n.Contains(address));
        }

        if (Nat64.Contains(address))
        {
            return IsPublic(new IPAddress(address.GetAddressBytes()[12..]));
        }

        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            && GlobalUnicastV6.Contains(address) && !NonPublicV6.Any(n => n.Contains(address));
    }
}
