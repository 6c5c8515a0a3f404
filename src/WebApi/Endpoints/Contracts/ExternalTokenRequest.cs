namespace HanoiDvc.WebApi.Endpoints.Contracts;

/// <summary>An external provider's ID token for <c>POST /api/v1/auth/external/{provider}</c>.</summary>
/// <param name="IdToken">The ID token (JWT) the provider issued to this application's client.</param>
public sealed record ExternalTokenRequest(string IdToken);
