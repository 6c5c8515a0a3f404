namespace HanoiDvc.Infrastructure.Identity.External;

/// <summary>
/// One external OpenID Connect provider, configuration section <c>Authentication:External:&lt;Name&gt;</c>
/// (e.g. <c>Authentication:External:VNeID</c>). Providers that are not configured do not exist for the API (404).
/// </summary>
public sealed class ExternalProviderOptions
{
    public const string Section = "Authentication:External";

    /// <summary>Issuer base URL; the discovery document is read from <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>This application's client id at the provider: the audience its ID tokens must carry.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Claim that carries the 12-digit personal identification number.</summary>
    public string CitizenIdClaim { get; set; } = "citizen_id";

    /// <summary>Claim that carries the person's full name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Refuse metadata over plain HTTP (switch off only for a local test issuer).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
