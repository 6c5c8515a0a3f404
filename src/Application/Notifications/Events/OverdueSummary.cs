using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Notifications.Events;

/// <summary>
/// The morning summary for an agency's leaders: dossiers found overdue this morning, and the late dossiers that still
/// need an apology letter (late, open, no apology issued yet). Lists are capped at <see cref="MaxListed"/> codes; the counts are complete.
/// </summary>
/// <param name="AgencyId">The agency holding the dossiers.</param>
/// <param name="Date">The (Hanoi) date of the check.</param>
/// <param name="NewlyOverdueCount">Dossiers found overdue this morning.</param>
/// <param name="NewlyOverdue">Their codes (capped).</param>
/// <param name="NeedApologyCount">Late dossiers without an apology letter.</param>
/// <param name="NeedApology">Their codes, most overdue first (capped).</param>
/// <param name="OccurredAt">When the check ran (UTC).</param>
public sealed record OverdueSummary(
    Guid AgencyId, DateOnly Date, int NewlyOverdueCount, IReadOnlyList<string> NewlyOverdue, int NeedApologyCount, IReadOnlyList<string> NeedApology, DateTimeOffset OccurredAt) : IDomainEvent
{
    /// <summary>Codes listed at most per list.</summary>
    public const int MaxListed = 100;
}
