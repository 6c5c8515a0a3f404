using System.Globalization;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Calendar;
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
    /// <summary>
    /// The inputs of each of <paramref name="slices"/> (the same agencies, different periods). The dossiers open at the end of
    /// the periods already over are counted in one pass for all of them; a period not over counts those open now.
    /// </summary>
    public async Task<IReadOnlyList<ServiceIndexInputs>> ReadAsync(IReadOnlyList<StatisticsSlice> slices, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ends = slices.Select(s => VietnamTimeZone.EndOf(s.To)).ToList();
        var past = ends.Where(e => e < now).Distinct().ToList();
        var openThen = slices.Count == 0 ? [] : await model.InProgressAtAsync(slices[0], past, cancellationToken);
        var inputs = new List<ServiceIndexInputs>(slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            var open = ends[i] < now
                ? openThen.SingleOrDefault(o => o.Key == past.IndexOf(ends[i]).ToString(CultureInfo.InvariantCulture))
                : (await model.InProgressAsync(slices[i], StatisticsGrouping.None, null, cancellationToken)).SingleOrDefault();
            inputs.Add(await ReadAsync(slices[i], ends[i], open ?? new InProgressCounters(), cancellationToken));
        }

        return inputs;
    }

    private async Task<ServiceIndexInputs> ReadAsync(StatisticsSlice slice, DateTimeOffset end, InProgressCounters open, CancellationToken cancellationToken)
    {
        // One read per procedure; the slice's totals are their sum (a period not over counts its live days once, not twice).
        var perProcedure = await model.CountAsync(slice, StatisticsGrouping.Procedure, cancellationToken);
        var c = StatisticsCounters.Sum(perProcedure);
        var catalogue = await CatalogueAsync(slice, cancellationToken);
        var usedOnline = perProcedure.Where(p => p.ReceivedOnline > 0).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
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
        return await complaints.ReadAsync(VietnamTimeZone.EndOf(slice.From.AddDays(-1)), end, end < now ? end : now, slice.Agencies, cancellationToken);
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
