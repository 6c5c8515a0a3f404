using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Dossiers.Inbox;

/// <summary>Reads an agency's inbox counts: its stripes summed, one index range of <c>inbox_counts</c>.</summary>
internal sealed class InboxCounts(AppDbContext db) : IInboxCounts
{
    public async Task<InboxTally> OfAgencyAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<InboxCountRow>().AsNoTracking().Where(c => c.AgencyId == agencyId)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Dossiers = g.Sum(c => c.Dossiers) })
            .ToListAsync(cancellationToken);
        var held = rows.Where(r => DossierStatusSets.WithAgency.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Dossiers);
        return new InboxTally(held, rows.Where(r => r.Key == DossierStatus.Submitted).Sum(r => r.Dossiers));
    }
}
