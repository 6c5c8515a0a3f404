namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>A file was attached to a dossier (not a hand-over: no processing step is written).</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="AttachmentId">The new attachment.</param>
/// <param name="Sha256">The content's key in the file store.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="DocumentName">Which required document it is for, if said.</param>
/// <param name="UploadedBy">Who attached it.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record FileAttached(Guid DossierId, Guid AttachmentId, string Sha256, long Size, string? DocumentName, Guid UploadedBy, DateTimeOffset OccurredAt) : IDomainEvent;
