using System.Security.Claims;
using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.WebApi.Security;

/// <summary><see cref="ICurrentUser"/> from the claims of the request's authenticated principal; anonymous without a request.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirst(AppClaimTypes.Subject)?.Value, out var id) ? id : null;

    public string? Name => Principal?.FindFirst(AppClaimTypes.Name)?.Value;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && UserId is not null;

    public Guid? AgencyId => Guid.TryParse(Principal?.FindFirst(AppClaimTypes.AgencyId)?.Value, out var id) ? id : null;

    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll(AppClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];

    public bool IsInRole(string role) => IsAuthenticated && Principal!.HasClaim(AppClaimTypes.Role, role);

    public Guid? ClientId => Guid.TryParse(Principal?.FindFirst(AppClaimTypes.ClientId)?.Value, out var id) && IsAuthenticated ? id : null;

    public IReadOnlyCollection<Guid> ClientAgencyIds =>
        ClientId is null ? [] : [.. Principal!.FindAll(AppClaimTypes.ClientAgency).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    public bool HasScope(string scope) => ClientId is not null && ClientTokens.Scopes(Principal!).Contains(scope, StringComparer.Ordinal);
}
