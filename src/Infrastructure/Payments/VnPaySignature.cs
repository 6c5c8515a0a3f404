using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace HanoiDvc.Infrastructure.Payments;

/// <summary>
/// VNPay's signature: HMAC-SHA512, keyed with the merchant's hash secret, over the <c>vnp_</c> parameters with a value,
/// sorted by name (ordinal) and URL-encoded as <c>name=value</c> pairs joined by <c>&amp;</c>; lower-case hexadecimal.
/// </summary>
internal static class VnPaySignature
{
    public const string HashParameter = "vnp_SecureHash";
    public const string HashTypeParameter = "vnp_SecureHashType";

    /// <summary>The signed data: the query string without the hash, as both sides compute it.</summary>
    public static string Canonical(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Key.StartsWith("vnp_", StringComparison.Ordinal) && p.Key is not (HashParameter or HashTypeParameter) && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{WebUtility.UrlEncode(p.Key)}={WebUtility.UrlEncode(p.Value)}"));

    public static string Hash(string secret, string data) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(data)));

    /// <summary>The query string to send: the canonical data and its hash.</summary>
    public static string SignedQuery(string secret, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = Canonical(parameters);
        return $"{data}&{HashParameter}={Hash(secret, data)}";
    }

    /// <summary>Whether the parameters carry a valid hash of themselves (compared in constant time).</summary>
    public static bool Verify(string secret, IReadOnlyDictionary<string, string> parameters)
    {
        if (string.IsNullOrEmpty(secret) || !parameters.TryGetValue(HashParameter, out var given) || given.Length != 128)
        {
            return false;
        }

        var expected = Hash(secret, Canonical(parameters));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given.ToLowerInvariant()));
    }
}
