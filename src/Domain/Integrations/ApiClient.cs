namespace HanoiDvc.Domain.Integrations;

/// <summary>
/// A third-party system (the national portal, a Ministry system, school software, a payment or postal partner) that calls
/// the API with OAuth2 client credentials. Only the SHA-256 of its secret is kept. Rotating the secret keeps the previous
/// one valid until <see cref="PreviousSecretExpiresAt"/>, unless the rotation revokes it at once; revoking or disabling
/// bumps <see cref="TokenVersion"/>, which every access token carries, so tokens already issued are refused.
/// </summary>
public sealed class ApiClient
{
    private readonly List<string> _scopes = [];
    private readonly List<Guid> _agencyIds = [];

    private ApiClient() { }

    public Guid Id { get; private set; }

    /// <summary>Display name; also written on dossiers it submits (<c>Integration:&lt;name&gt;</c>).</summary>
    public string Name { get; private set; } = null!;

    public string ContactEmail { get; private set; } = null!;

    /// <summary>The scopes it may ask for.</summary>
    public IReadOnlyList<string> Scopes => _scopes.AsReadOnly();

    /// <summary>The agencies it acts for: it sees and submits only their dossiers.</summary>
    public IReadOnlyList<Guid> AgencyIds => _agencyIds.AsReadOnly();

    /// <summary>SHA-256 (hex) of the current secret.</summary>
    public string SecretHash { get; private set; } = null!;

    /// <summary>SHA-256 of the secret before the last rotation, accepted until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecretHash { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    /// <summary>Carried by every access token as <c>client_ver</c>; a token with another version is refused.</summary>
    public int TokenVersion { get; private set; } = 1;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    /// <summary>When it was disabled; a disabled client gets no token and its tokens are refused.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsEnabled => DisabledAt is null;

    /// <summary>What dossiers it submits record as their source.</summary>
    public string Source => $"Integration:{Name}";

    /// <exception cref="DomainException"><c>api_client.invalid</c>.</exception>
    public static ApiClient Register(string name, string contactEmail, IEnumerable<string> scopes, IEnumerable<Guid> agencyIds, string secretHash, DateTimeOffset now)
    {
        var scopeList = scopes.Distinct(StringComparer.Ordinal).ToList();
        var agencies = agencyIds.Distinct().ToList();
        var problem =
            string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 ? "A client needs a name of 1 to 200 characters."
            : string.IsNullOrWhiteSpace(contactEmail) || !contactEmail.Contains('@', StringComparison.Ordinal) ? "A client needs a contact e-mail address."
            : scopeList.Count == 0 ? "A client needs at least one scope."
            : scopeList.FirstOrDefault(s => !IntegratorScopes.IsKnown(s)) is { } unknown ? $"Unknown scope '{unknown}'."
            : agencies.Contains(Guid.Empty) ? "An agency id is empty."
            : null;
        if (problem is not null)
        {
            throw new DomainException("api_client.invalid", problem);
        }

        var client = new ApiClient
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            ContactEmail = contactEmail.Trim(),
            SecretHash = secretHash,
            CreatedAt = now.ToUniversalTime(),
        };
        client._scopes.AddRange(scopeList);
        client._agencyIds.AddRange(agencies);
        return client;
    }

    /// <summary>Whether it may subscribe to <paramref name="eventType"/>: enabled and holding the scope the event's payload needs.</summary>
    public bool MayReceive(string eventType) => IsEnabled && _scopes.Contains(WebhookEvents.ScopeNeeded(eventType), StringComparer.Ordinal);

    /// <summary>
    /// Whether it may receive <paramref name="eventType"/> about a dossier of <paramref name="dossierAgencies"/> (receiving,
    /// deciding, holding): <see cref="MayReceive(string)"/> and acting for one of them. Checked when the event happens, since
    /// scopes and agencies change after a subscription is made.
    /// </summary>
    public bool MayReceive(string eventType, IEnumerable<Guid> dossierAgencies) => MayReceive(eventType) && dossierAgencies.Any(_agencyIds.Contains);

    /// <summary>Whether <paramref name="secretHash"/> opens this client at <paramref name="now"/> (the current secret, or the previous one within its overlap).</summary>
    public bool Accepts(string secretHash, DateTimeOffset now) =>
        IsEnabled && (FixedTimeEquals(secretHash, SecretHash)
            || (PreviousSecretHash is not null && PreviousSecretExpiresAt > now && FixedTimeEquals(secretHash, PreviousSecretHash)));

    /// <summary>
    /// Replaces the secret. With an <paramref name="overlap"/> the old secret stays valid that long (tokens already issued
    /// live on); with none it is revoked at once, and so are the tokens issued so far.
    /// </summary>
    public void RotateSecret(string newSecretHash, TimeSpan overlap, DateTimeOffset now)
    {
        EnsureEnabled();
        var at = now.ToUniversalTime();
        if (overlap > TimeSpan.Zero)
        {
            PreviousSecretHash = SecretHash;
            PreviousSecretExpiresAt = at + overlap;
        }
        else
        {
            PreviousSecretHash = null;
            PreviousSecretExpiresAt = null;
            TokenVersion++;
        }

        SecretHash = newSecretHash;
        SecretRotatedAt = at;
    }

    /// <summary>Disables the client: no new token, and tokens already issued are refused.</summary>
    public void Disable(DateTimeOffset now)
    {
        if (DisabledAt is not null)
        {
            return;
        }

        DisabledAt = now.ToUniversalTime();
        TokenVersion++;
    }

    /// <summary>Changes what the client may do; tokens already issued keep their scopes until they expire.</summary>
    public void Change(IEnumerable<string> scopes, IEnumerable<Guid> agencyIds)
    {
        var scopeList = scopes.Distinct(StringComparer.Ordinal).ToList();
        // Read before clearing: the caller may pass this client's own list.
        var agencies = agencyIds.Distinct().ToList();
        if (scopeList.Count == 0 || scopeList.Any(s => !IntegratorScopes.IsKnown(s)))
        {
            throw new DomainException("api_client.invalid", "A client needs at least one known scope.");
        }

        _scopes.Clear();
        _scopes.AddRange(scopeList);
        _agencyIds.Clear();
        _agencyIds.AddRange(agencies);
        TokenVersion++;
    }

    private void EnsureEnabled()
    {
        if (DisabledAt is not null)
        {
            throw new DomainException("api_client.disabled", $"Client {Name} is disabled.");
        }
    }

    private static bool FixedTimeEquals(string a, string b) =>
        a.Length == b.Length && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(a), System.Text.Encoding.ASCII.GetBytes(b));
}
