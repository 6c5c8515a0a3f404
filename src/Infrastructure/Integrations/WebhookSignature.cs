using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HanoiDvc.Infrastructure.Integrations;

/// <summary>
/// The signature of a webhook request: <c>X-HanoiDvc-Signature: t=&lt;unix seconds&gt;, v1=&lt;hex HMAC-SHA256(secret, t + "." + body)&gt;</c>.
/// Receivers recompute it over the raw body and refuse a timestamp more than five minutes from their clock (replays).
/// While a rotated secret overlaps the new one, the header carries one <c>v1</c> per secret (the new one first); a
/// receiver accepts the request when any of them matches the key it holds.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-HanoiDvc-Signature";
    public const string EventHeader = "X-HanoiDvc-Event";
    public const string DeliveryHeader = "X-HanoiDvc-Delivery";

    public static string Header(IEnumerable<string> secrets, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes($"{timestamp}.{body}");
        var macs = secrets.Select(secret => $"v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed))}");
        return $"t={timestamp}, {string.Join(", ", macs)}";
    }
}
