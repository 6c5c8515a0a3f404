namespace HanoiDvc.Application.Integrations.Clients;

/// <summary>What an access token of a client says: who, which scopes (those asked for, or all it has), its agencies and token version.</summary>
public sealed record ClientGrant(Guid ClientId, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<Guid> AgencyIds, int TokenVersion);

/// <summary>Why client credentials were refused, as an RFC 6749 error code (<c>invalid_client</c>, <c>invalid_scope</c>).</summary>
public sealed class ClientCredentialsException(string error, string description) : Exception(description)
{
    public string Error { get; } = error;
}

/// <summary>
/// The client-credentials grant: checks the client id and secret (the current one, or the previous one within its overlap)
/// and the scopes asked for. Anonymous; an unknown client, a wrong secret and a disabled client are all <c>invalid_client</c>.
/// </summary>
/// <param name="ClientId">The client id.</param>
/// <param name="ClientSecret">The secret.</param>
/// <param name="Scope">Space-separated scopes asked for; none means every scope the client has.</param>
public sealed record AuthenticateClient(string ClientId, string ClientSecret, string? Scope) : IRequest<ClientGrant>;

internal sealed class AuthenticateClientHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<AuthenticateClient, ClientGrant>
{
    public async Task<ClientGrant> Handle(AuthenticateClient request, CancellationToken cancellationToken)
    {
        var hash = ClientSecrets.Hash(request.ClientSecret ?? string.Empty);
        var client = Guid.TryParse(request.ClientId, out var id)
            ? await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : null;
        if (client is null || !client.Accepts(hash, clock.GetUtcNow()))
        {
            throw new ClientCredentialsException("invalid_client", "Unknown client, wrong secret or disabled client.");
        }

        var asked = (request.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var notGranted = asked.Where(s => !client.Scopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (notGranted.Count > 0)
        {
            throw new ClientCredentialsException("invalid_scope", $"The client may not ask for: {string.Join(' ', notGranted)}.");
        }

        var scopes = asked.Length == 0 ? client.Scopes : asked.Distinct(StringComparer.Ordinal).ToList();
        return new ClientGrant(client.Id, client.Name, scopes, client.AgencyIds, client.TokenVersion);
    }
}
