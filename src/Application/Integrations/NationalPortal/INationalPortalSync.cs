namespace HanoiDvc.Application.Integrations.NationalPortal;

/// <summary>A dossier's status as the national public-service portal receives it.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Code">The dossier code (null before reception).</param>
/// <param name="TrackingNumber">The tracking number.</param>
/// <param name="Status">The status in the portal's vocabulary (<see cref="Domain.Dossiers.NationalPortalStatus"/>).</param>
/// <param name="At">When the status changed (UTC).</param>
/// <param name="OutboxMessageId">The change's outbox message: the same update sent twice has the same id.</param>
public sealed record NationalPortalUpdate(Guid DossierId, string? Code, string? TrackingNumber, string Status, DateTimeOffset At, Guid OutboxMessageId);

/// <summary>The port to the national public-service portal's synchronisation service (an adapter per environment).</summary>
public interface INationalPortalSync
{
    Task SendAsync(NationalPortalUpdate update, CancellationToken cancellationToken);
}
