namespace HanoiDvc.Application.Auth.Common;

/// <summary>A signed access token (JWT) and when it expires.</summary>
/// <param name="Token">The compact JWT.</param>
/// <param name="ExpiresAt">Expiry instant (UTC).</param>
/// <param name="ExpiresInSeconds">Lifetime in seconds from issue, as OAuth's <c>expires_in</c>.</param>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt, int ExpiresInSeconds);
