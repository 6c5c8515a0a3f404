namespace HanoiDvc.WebApi.Endpoints.Contracts;

/// <summary>An access token. The refresh token is never in a body: it travels only in the HttpOnly <c>hanoidvc_refresh</c> cookie.</summary>
/// <param name="AccessToken">Bearer token for the <c>Authorization</c> header.</param>
/// <param name="ExpiresIn">Seconds until the access token expires.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
public sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType);
