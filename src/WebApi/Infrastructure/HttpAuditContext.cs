using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>
/// <see cref="IAuditContext"/> of the current HTTP request: the signed-in user, the client's address and the correlation
/// id (<see cref="HttpContext.TraceIdentifier"/>, set by <see cref="CorrelationIdMiddleware"/>). Without a request
/// (the migrate command, background jobs) the changes are the system's.
/// </summary>
internal sealed class HttpAuditContext(IHttpContextAccessor accessor, ICurrentUser user) : IAuditContext
{
    public const string System = "system";

    public Guid? UserId => user.IsAuthenticated ? user.UserId : null;

    public string? UserName => user.IsAuthenticated ? user.Name : accessor.HttpContext is null ? System : null;

    public string? ClientIp => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
