namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>An electronic result was attached or generated; only officials can read it until it is released.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="ResultId">The result document.</param>
/// <param name="Code">The dossier code.</param>
/// <param name="IssuerAgencyId">The issuing agency.</param>
/// <param name="Origin">Uploaded or generated.</param>
/// <param name="Sha256">The content hash.</param>
/// <param name="IssuedBy">The leader who issued it.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
public sealed record ResultIssued(Guid DossierId, Guid ResultId, string Code, Guid IssuerAgencyId, ResultOrigin Origin, string Sha256, Guid IssuedBy, DateTimeOffset OccurredAt) : IDomainEvent;
