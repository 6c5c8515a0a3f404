namespace HanoiDvc.Application.Officials;

/// <summary>An official's account as administrators see it.</summary>
public sealed record OfficialDto
{
    public Guid Id { get; init; }

    public string UserName { get; init; } = string.Empty;

    public string FullName { get; init; } = string.Empty;

    public string? Email { get; init; }

    /// <summary>The agency the official works for (null only for system accounts).</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>Role names, ordered.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Whether the account is locked now (by failed attempts or by an administrator).</summary>
    public bool IsLockedOut { get; init; }

    /// <summary>Until when it is locked, if it is.</summary>
    public DateTimeOffset? LockoutEnd { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
