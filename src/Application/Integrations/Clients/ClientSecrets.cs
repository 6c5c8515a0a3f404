using System.Security.Cryptography;
using System.Text;

namespace HanoiDvc.Application.Integrations.Clients;

/// <summary>
/// Client and webhook secrets: 256 random bits, base64url. Only the SHA-256 of a client secret is stored; a fast hash is
/// enough because the secret is random and long (no dictionary to try), unlike a password.
/// </summary>
public static class ClientSecrets
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
