using System.Net;
using CsCheck;
using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Domain.UnitTests.Integrations;

/// <summary>Which addresses a webhook may reach: the named ranges, then generated addresses inside and outside them.</summary>
public sealed class WebhookDestinationTests
{
    private static readonly (string Network, int Prefix)[] NonPublicV4 =
    [
        ("0.0.0.0", 8), ("10.0.0.0", 8), ("100.64.0.0", 10), ("127.0.0.0", 8), ("169.254.0.0", 16), ("172.16.0.0", 12),
        ("192.0.0.0", 24), ("192.0.2.0", 24), ("192.88.99.0", 24), ("192.168.0.0", 16), ("198.18.0.0", 15),
        ("198.51.100.0", 24), ("203.0.113.0", 24), ("224.0.0.0", 4), ("240.0.0.0", 4),
    ];

    [TestCase("127.0.0.1")]
    [TestCase("127.255.255.254")]
    [TestCase("0.0.0.0")]
    [TestCase("10.0.0.1")]
    [TestCase("172.16.0.1")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.1.1")]
    [TestCase("169.254.169.254")]
    [TestCase("100.64.0.1")]
    [TestCase("100.127.255.255")]
    [TestCase("198.18.0.1")]
    [TestCase("224.0.0.251")]
    [TestCase("255.255.255.255")]
    [TestCase("::")]
    [TestCase("::1")]
    [TestCase("fc00::1")]
    [TestCase("fd12:3456:789a::1")]
    [TestCase("fe80::1")]
    [TestCase("febf:ffff::1")]
    [TestCase("fec0::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:10.1.2.3")]
    [TestCase("::ffff:169.254.169.254")]
    [TestCase("::127.0.0.1")]
    [TestCase("64:ff9b::10.0.0.1")]
    [TestCase("2001:db8::1")]
    [TestCase("2001::1")]
    [TestCase("2002:7f00:1::1")]
    public void NonPublicAddresses_AreRefused(string address) => WebhookDestination.IsPublic(IPAddress.Parse(address)).ShouldBeFalse();

    [TestCase("8.8.8.8")]
    [TestCase("1.1.1.1")]
    [TestCase("203.162.4.191")]
    [TestCase("172.15.255.255")]
    [TestCase("172.32.0.0")]
    [TestCase("100.63.255.255")]
    [TestCase("100.128.0.0")]
    [TestCase("192.169.0.1")]
    [TestCase("11.0.0.1")]
    [TestCase("223.255.255.255")]
    [TestCase("2001:4860:4860::8888")]
    [TestCase("2404:6800:4005::200e")]
    [TestCase("::ffff:8.8.8.8")]
    [TestCase("64:ff9b::8.8.8.8")]
    public void PublicAddresses_AreAllowed(string address) => WebhookDestination.IsPublic(IPAddress.Parse(address)).ShouldBeTrue();

    [Test]
    public void EveryAddressInsideANonPublicIPv4Range_IsRefused_AlsoMappedToIPv6() =>
        Gen.Select(Gen.Int[0, NonPublicV4.Length - 1], Gen.UInt).Sample((range, bits) =>
        {
            var (network, prefix) = NonPublicV4[range];
            var host = prefix == 32 ? 0u : bits & (uint.MaxValue >> prefix);
            var address = V4(V4Value(IPAddress.Parse(network)) | host);
            return !WebhookDestination.IsPublic(address) && !WebhookDestination.IsPublic(address.MapToIPv6());
        });

    [Test]
    public void AnIPv4Address_IsJudgedAlike_PlainMappedAndBehindNat64() =>
        Gen.UInt.Sample(value =>
        {
            var address = V4(value);
            var nat64 = IPAddress.Parse($"64:ff9b::{address}");
            var expected = !NonPublicV4.Any(r => InRange(value, r));
            return WebhookDestination.IsPublic(address) == expected
                && WebhookDestination.IsPublic(address.MapToIPv6()) == expected
                && WebhookDestination.IsPublic(nat64) == expected;
        }, iter: 200_000); // many draws: a random address lands in 100.64.0.0/10 once in 1,024

    [TestCase(0xfc, 7)]
    [TestCase(0xfe80, 10)]
    [TestCase(0xff, 8)]
    public void EveryAddressInsideANonPublicIPv6Range_IsRefused(int network, int prefix)
    {
        var prefixBytes = network > 0xff ? new[] { (byte)(network >> 8), (byte)network } : [(byte)network];
        Gen.Byte.Array[16].Sample(bytes =>
        {
            var address = WithPrefix(bytes, prefixBytes, prefix);
            return !WebhookDestination.IsPublic(new IPAddress(address));
        });
    }

    [Test]
    public void GlobalUnicastIPv6_OutsideItsSpecialBlocks_IsAllowed() =>
        Gen.Byte.Array[16]
            .Select(bytes => new IPAddress(WithPrefix(bytes, [0x20], 3)))
            .Where(a => !InV6(a, "2001::", 23) && !InV6(a, "2001:db8::", 32) && !InV6(a, "2002::", 16) && !InV6(a, "3fff::", 20))
            .Sample(WebhookDestination.IsPublic);

    private static IPAddress V4(uint value) => new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint V4Value(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    private static bool InRange(uint value, (string Network, int Prefix) range)
    {
        var mask = range.Prefix == 0 ? 0u : uint.MaxValue << (32 - range.Prefix);
        return (value & mask) == (V4Value(IPAddress.Parse(range.Network)) & mask);
    }

    /// <summary><paramref name="bytes"/> with its first <paramref name="prefix"/> bits taken from <paramref name="network"/>.</summary>
    private static byte[] WithPrefix(byte[] bytes, byte[] network, int prefix)
    {
        var result = (byte[])bytes.Clone();
        for (var bit = 0; bit < prefix; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            var set = (network[bit / 8] & mask) != 0;
            result[bit / 8] = (byte)(set ? result[bit / 8] | mask : result[bit / 8] & ~mask);
        }

        return result;
    }

    private static bool InV6(IPAddress address, string network, int prefix) => new IPNetwork(IPAddress.Parse(network), prefix).Contains(address);
}
