namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>The user on whose behalf the current request runs (from the access token's claims); anonymous outside a signed-in request.</summary>
public interface ICurrentUser
{
    /// <summary>The account's id (<c>sub</c>), or null when nobody is signed in.</summary>
    Guid? UserId { get; }

    /// <summary>The user's full name (<c>name</c>), or null.</summary>
    string? Name { get; }

    /// <summary>Whether someone is signed in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The official's agency (<c>agency_id</c>), or null.</summary>
    Guid? AgencyId { get; }

    /// <summary>The roles (<c>role</c> claims).</summary>
    IReadOnlyCollection<string> Roles { get; }

    /// <summary>Whether the user holds this role.</summary>
    bool IsInRole(string role);

    /// <summary>The API client (integrator) the request runs for (<c>client_id</c>), or null for a person.</summary>
    Guid? ClientId => null;

    /// <summary>Whether the caller is an integrator rather than a person.</summary>
    bool IsIntegrator => ClientId is not null;

    /// <summary>An integrator's agencies (<c>client_agency</c>): the only dossiers it sees and submits; empty for a person.</summary>
    IReadOnlyCollection<Guid> ClientAgencyIds => [];

    /// <summary>Whether an integrator's token carries <paramref name="scope"/>; always false for a person.</summary>
    bool HasScope(string scope) => false;
}
