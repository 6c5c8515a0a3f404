using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Dossiers.Inbox;

/// <summary>Reads an agency's inbox counts: its stripes summed, one index range of <c>inbox_counts</c>.</summary>
internal sealed class InboxCounts(AppDbContext db) : IInboxCounts
{
    /// <summary>Read on every inbox page and tab count: compiled once.</summary>
    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<StateCount>> OfAgency =
        EF.CompileAsyncQuery((AppDbContext db, Guid agencyId) => db.Set<InboxCountRow>().AsNoTracking().Where(c => c.AgencyId == agencyId)
            .GroupBy(c => c.Status).Select(g => new StateCount(g.Key, g.Sum(c => c.Dossiers))));

    public async Task<InboxTally> OfAgencyAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var rows = new List<StateCount>();
        await foreach (var row in OfAgency(db, agencyId).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var held = rows.Where(r => DossierStatusSets.WithAgency.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Dossiers);
        return new InboxTally(held, rows.Where(r => r.Key == DossierStatus.Submitted).Sum(r => r.Dossiers));
    }

    private sealed record StateCount(DossierStatus Key, int Dossiers);
}
