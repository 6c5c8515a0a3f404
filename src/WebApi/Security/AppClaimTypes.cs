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
}
