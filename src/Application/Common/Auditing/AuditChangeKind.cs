namespace HanoiDvc.Application.Common.Auditing;

/// <summary>What happened to the audited row.</summary>
public enum AuditChangeKind
{
    /// <summary>The row was inserted.</summary>
    Added,

    /// <summary>Some columns of the row were updated.</summary>
    Modified,

    /// <summary>The row was deleted.</summary>
    Deleted,
}
