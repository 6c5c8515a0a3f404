using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.WebApi.Hosting;

/// <summary>
/// <see cref="IAuditContext"/> of the current HTTP request: the signed-in user (or integrator), the client's address and the correlation
/// id (<see cref="HttpContext.TraceIdentifier"/>, set by <see cref="CorrelationIdMiddleware"/>). Without a request
/// (the migrate command, background jobs) the changes are the system's.
/// </summary>
internal sealed class HttpAuditContext(IHttpContextAccessor accessor, ICurrentUser user) : IAuditContext
{
    public const string System = "system";

    public Guid? UserId => user.IsAuthenticated ? user.UserId : null;

    /// <summary>A person's name; an integrator is written <c>client:&lt;name&gt;</c> (its client id is the user id).</summary>
    public string? UserName => user.IsAuthenticated ? (user.IsIntegrator ? $"client:{user.Name}" : user.Name) : accessor.HttpContext is null ? System : null;

    public string? ClientIp => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
