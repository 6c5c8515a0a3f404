namespace HanoiDvc.Application.Common.Auditing;

/// <summary>The use case running in the current scope (set by the MediatR pipeline), so saved changes can name it.</summary>
public sealed class AuditScope
{
    /// <summary>The MediatR request type name of the running use case, or null outside one.</summary>
    public string? UseCase { get; set; }
}
