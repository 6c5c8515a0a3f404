using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HanoiDvc.Application.Auth.Common;

/// <summary>What an access token says about the account's security stamp: a digest, since the stamp also keys Identity's one-time codes.</summary>
public static class SessionStamp
{
    /// <summary>Base64url of the first 16 bytes of the stamp's SHA-256.</summary>
    public static string Digest(string securityStamp) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(securityStamp)).AsSpan(0, 16));

    /// <summary>Whether <paramref name="digest"/> was made from <paramref name="securityStamp"/>, compared in constant time.</summary>
    public static bool Matches(string securityStamp, string digest) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Digest(securityStamp)), Encoding.ASCII.GetBytes(digest));
}
