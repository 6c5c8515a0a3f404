namespace HanoiDvc.Application.Notifications;

/// <summary>
/// An in-app notification of one user. Unique by (<see cref="OutboxMessageId"/>, <see cref="RecipientId"/>): delivering
/// the same outbox message again (after a crash before it was marked sent) adds nothing and sends no second email.
/// </summary>
public sealed class Notification
{
    /// <summary>Time-ordered id (UUID v7).</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The outbox message that caused it.</summary>
    public Guid OutboxMessageId { get; init; }

    /// <summary>Who sees it.</summary>
    public Guid RecipientId { get; init; }

    /// <summary>What it is about.</summary>
    public NotificationKind Kind { get; init; }

    /// <summary>The dossier, if any.</summary>
    public Guid? DossierId { get; init; }

    /// <summary>The dossier's code or tracking number, if any.</summary>
    public string? DossierReference { get; init; }

    /// <summary>Title in Vietnamese.</summary>
    public string TitleVi { get; init; } = null!;

    /// <summary>Title in English.</summary>
    public string TitleEn { get; init; } = null!;

    /// <summary>Message in Vietnamese.</summary>
    public string BodyVi { get; init; } = null!;

    /// <summary>Message in English.</summary>
    public string BodyEn { get; init; } = null!;

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the user read it; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When the email went out; null when none was sent (no address) or not yet.</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}
