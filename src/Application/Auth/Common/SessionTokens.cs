namespace HanoiDvc.Application.Auth.Common;

/// <summary>
/// The tokens of a sign-in: the access token for the response body, and the refresh token that the HTTP layer puts
/// in an HttpOnly cookie only (never in a body, never logged).
/// </summary>
/// <param name="AccessToken">Short-lived bearer token.</param>
/// <param name="RefreshToken">The opaque refresh token (256 random bits, base64url); only its hash is stored. Null when the
/// session keeps the refresh token the client already holds (a repeated refresh within the grace window): no cookie is set.</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token expires.</param>
public sealed record SessionTokens(AccessToken AccessToken, string? RefreshToken, DateTimeOffset RefreshTokenExpiresAt);
