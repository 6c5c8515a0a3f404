using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.Statistics;

namespace HanoiDvc.Application.Statistics.ServiceIndex;

/// <summary>
/// Reads the inputs of the national service index for a slice (period and agencies) from the statistics read model and the
/// published catalogue. Catalogue indicators count the procedures decided at the levels of the agencies in scope (all
/// levels for the city).
/// </summary>
internal sealed class ServiceIndexInputsReader(IStatisticsReadModel model, ComplaintCountsReader complaints, IReadDbContext db, TimeProvider clock)
{
    public async Task<ServiceIndexInputs> ReadAsync(StatisticsSlice slice, CancellationToken cancellationToken)
    {
        var c = (await model.CountAsync(slice, StatisticsGrouping.None, cancellationToken)).SingleOrDefault() ?? new StatisticsCounters();
        var end = StatisticsFiguresReader.EndOf(slice.To);
        var open = (await model.InProgressAsync(slice, StatisticsGrouping.None, end < clock.GetUtcNow() ? end : null, cancellationToken)).SingleOrDefault()
            ?? new InProgressCounters();
        var catalogue = await CatalogueAsync(slice, cancellationToken);
        var usedOnline = (await model.CountAsync(slice, StatisticsGrouping.Procedure, cancellationToken))
            .Where(p => p.ReceivedOnline > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var online = catalogue.Where(v => v.ServiceLevel != ServiceLevel.InformationOnly).ToList();
        var withFee = catalogue.Where(v => v.HasFee).ToList();
        var complained = await ComplaintsAsync(slice, end, cancellationToken);
        return new ServiceIndexInputs(
            OnTime: new Ratio(c.ResolvedEarly + c.ResolvedOnTime + open.WithinTime, c.Resolved + open.WithinTime + open.Overdue),
            ElectronicResults: new Ratio(c.ResolvedElectronicResult, c.Resolved - c.Refused),
            Digitised: new Ratio(c.ReceivedDigitised, c.Received),
            Reused: new Ratio(c.ReceivedReusing, c.Received),
            ProceduresOnline: new Ratio(online.Count, catalogue.Count),
            OnlineProceduresUsed: new Ratio(online.Count(v => usedOnline.Contains(v.ProcedureId.ToString())), online.Count),
            OnlineDossiers: new Ratio(c.ReceivedOnline, c.Received),
            FeeProceduresPayable: new Ratio(withFee.Count(v => v.PayableOnline), withFee.Count),
            PaidOnline: new Ratio(c.ReceivedPaidOnline, c.ReceivedWithFee),
            ComplaintsOnTime: new Ratio(complained.Sum(a => (long)a.AnsweredOnTime), complained.Sum(a => (long)a.Filed)),
            Served: new Ratio(c.Resolved - c.ResolvedLate - c.ResolvedUnsatisfied, c.Resolved));
    }

    /// <summary>
    /// The complaints filed with the slice's agencies in its period, judged at its end (or now, for a period not over):
    /// answered on time when answered by then and by their due instant.
    /// </summary>
    private async Task<IReadOnlyList<ComplaintCounts>> ComplaintsAsync(StatisticsSlice slice, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await complaints.ReadAsync(StatisticsFiguresReader.EndOf(slice.From.AddDays(-1)), end, end < now ? end : now, slice.Agencies, cancellationToken);
    }

    private List<CatalogueEntry>? _catalogue;

    /// <summary>The published procedures decided at the levels of the slice's agencies (all for the city); the catalogue is read once per request.</summary>
    private async Task<List<CatalogueEntry>> CatalogueAsync(StatisticsSlice slice, CancellationToken cancellationToken)
    {
        _catalogue ??= [.. (await CatalogueQueries.PublishedVersions(db).Select(v => new { v.ProcedureId, v.DecidingLevelCode, v.ServiceLevel, v.Content }).ToListAsync(cancellationToken))
            .Select(r => new CatalogueEntry(r.ProcedureId, r.DecidingLevelCode, r.ServiceLevel, r.Content.Fees.Any(f => f.IsCharged), r.Content.OffersOnlinePayment))];
        if (slice.Agencies is not { } agencies)
        {
            return _catalogue;
        }

        var levels = await db.Agencies.Where(a => agencies.Contains(a.Id)).Select(a => a.LevelCode).Distinct().ToListAsync(cancellationToken);
        return [.. _catalogue.Where(e => levels.Contains(e.LevelCode))];
    }

    private sealed record CatalogueEntry(Guid ProcedureId, string LevelCode, ServiceLevel ServiceLevel, bool HasFee, bool PayableOnline);
}
