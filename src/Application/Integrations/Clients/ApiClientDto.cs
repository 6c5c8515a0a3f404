using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Clients;

/// <summary>An integrator as administrators see it (never its secret).</summary>
public sealed record ApiClientDto(
    Guid ClientId,
    string Name,
    string ContactEmail,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<Guid> AgencyIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset? DisabledAt)
{
    public static ApiClientDto From(ApiClient c) =>
        new(c.Id, c.Name, c.ContactEmail, c.Scopes, c.AgencyIds, c.CreatedAt, c.SecretRotatedAt, c.PreviousSecretExpiresAt, c.DisabledAt);
}

/// <summary>A client with its secret: shown once, at registration or rotation; only its hash is kept.</summary>
/// <param name="Client">The client.</param>
/// <param name="ClientSecret">The secret to use with the client id at <c>POST /api/v1/oauth/token</c>.</param>
public sealed record ApiClientCredentialsDto(ApiClientDto Client, string ClientSecret);
