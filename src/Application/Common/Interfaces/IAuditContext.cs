namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Who makes the current change and from where, for the audit trail; "system" outside an HTTP request.</summary>
public interface IAuditContext
{
    /// <summary>The signed-in user, or null.</summary>
    Guid? UserId { get; }

    /// <summary>The signed-in user's name, <c>system</c> outside an HTTP request, null for an anonymous caller.</summary>
    string? UserName { get; }

    /// <summary>The caller's IP address, or null.</summary>
    string? ClientIp { get; }

    /// <summary>The request's correlation id, or null outside an HTTP request.</summary>
    string? CorrelationId { get; }
}
