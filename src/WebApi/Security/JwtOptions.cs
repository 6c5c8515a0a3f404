namespace HanoiDvc.WebApi.Security;

/// <summary>
/// Configuration section <c>Jwt</c>: how access tokens are signed and checked. The same section holds the token
/// lifetimes (<c>AccessTokenMinutes</c>, <c>RefreshTokenDays</c>), read by the application layer.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "hanoidvc";

    public string Audience { get; set; } = "hanoidvc-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes. Comes from the environment in Production (Jwt__SigningKey).</summary>
    public string SigningKey { get; set; } = string.Empty;
}
