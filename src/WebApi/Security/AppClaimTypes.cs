namespace HanoiDvc.WebApi.Security;

/// <summary>Claim names of the application's access tokens (short JWT names, not the long WS-* URIs).</summary>
public static class AppClaimTypes
{
    /// <summary>Account id.</summary>
    public const string Subject = "sub";

    /// <summary>Full name.</summary>
    public const string Name = "name";

    /// <summary>A role; one claim per role.</summary>
    public const string Role = "role";

    /// <summary>The official's agency id.</summary>
    public const string AgencyId = "agency_id";

    /// <summary>Citizen, Organisation or School.</summary>
    public const string ApplicantType = "applicant_type";

    /// <summary>Where the identity comes from: <c>local</c> or an external provider (e.g. <c>vneid</c>).</summary>
    public const string IdentityProvider = "idp";

    /// <summary>A person's session: the family id of the refresh tokens the access token was issued with.</summary>
    public const string SessionId = "sid";

    /// <summary>Digest of the account's security stamp when the token was issued (never the stamp itself).</summary>
    public const string SecurityStamp = "stamp";

    /// <summary>An integrator's client id (the same value as <c>sub</c>); only client-credentials tokens carry it.</summary>
    public const string ClientId = "client_id";

    /// <summary>An integrator's granted scopes, space-separated (RFC 9068).</summary>
    public const string Scope = "scope";

    /// <summary>An agency the integrator acts for; one claim per agency.</summary>
    public const string ClientAgency = "client_agency";

    /// <summary>The client's token version when the token was issued; a disabled client or a revoked secret bumps it.</summary>
    public const string ClientVersion = "client_ver";
}
