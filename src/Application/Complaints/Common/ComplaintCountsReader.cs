namespace HanoiDvc.Application.Complaints.Common;

/// <summary>
/// Counts complaints per responsible agency for a period of filing, in one grouped query on the
/// <c>(agency_id, filed_at)</c> index. A complaint counts in the period it was filed in; whether it was answered, and on
/// time, is judged at <c>asOf</c> (the end of the period for a closed report, now for a running one).
/// </summary>
public sealed class ComplaintCountsReader(IReadDbContext db)
{
    /// <summary>The counts of the agencies with complaints filed in [<paramref name="from"/>, <paramref name="to"/>), optionally only <paramref name="agencyIds"/>.</summary>
    public async Task<IReadOnlyList<ComplaintCounts>> ReadAsync(
        DateTimeOffset from, DateTimeOffset to, DateTimeOffset asOf, IReadOnlyCollection<Guid>? agencyIds, CancellationToken cancellationToken)
    {
        var (start, end, at) = (from.ToUniversalTime(), to.ToUniversalTime(), asOf.ToUniversalTime());
        var complaints = db.Complaints.Where(c => c.FiledAt >= start && c.FiledAt < end);
        if (agencyIds is not null)
        {
            var ids = agencyIds.ToList();
            complaints = complaints.Where(c => ids.Contains(c.AgencyId));
        }

        var rows = await complaints.GroupBy(c => c.AgencyId)
            .Select(g => new
            {
                AgencyId = g.Key,
                Filed = g.Count(),
                Answered = g.Sum(c => c.AnsweredAt != null && c.AnsweredAt <= at ? 1 : 0),
                AnsweredOnTime = g.Sum(c => c.AnsweredAt != null && c.AnsweredAt <= at && c.AnsweredAt <= c.DueAt ? 1 : 0),
                OpenOverdue = g.Sum(c => (c.AnsweredAt == null || c.AnsweredAt > at) && c.DueAt < at ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.AgencyId).Select(r => new ComplaintCounts(r.AgencyId, r.Filed, r.Answered, r.AnsweredOnTime, r.OpenOverdue))];
    }
}
