using HanoiDvc.Application.Statistics.Common;

namespace HanoiDvc.Application.Statistics.Queries.GetPublicStatistics;

/// <summary>
/// Open data for the public page: for the current year (Hanoi), per deciding agency, the dossiers received and the online
/// share, the dossiers resolved and the on-time rate. Read from the statistics tables only, so it is as fresh as their
/// last rebuild (nightly). Anonymous.
/// </summary>
public sealed record GetPublicStatistics : IRequest<PublicStatisticsDto>;

/// <param name="Year">The year counted.</param>
/// <param name="From">1 January.</param>
/// <param name="To">Today (Hanoi).</param>
/// <param name="UpdatedAt">When the tables were last rebuilt; null before the first rebuild.</param>
/// <param name="Total">The city as a whole.</param>
/// <param name="Agencies">Every deciding agency, by code.</param>
/// <param name="Months">The city per calendar month from January to the current month (months without dossiers count zero).</param>
public sealed record PublicStatisticsDto(
    int Year, DateOnly From, DateOnly To, DateTimeOffset? UpdatedAt, PublicAgencyStatistics Total, IReadOnlyList<PublicAgencyStatistics> Agencies,
    IReadOnlyList<PublicMonthStatistics>? Months = null);

/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Received">Dossiers received in the month, city-wide.</param>
/// <param name="Online">Of them, online.</param>
/// <param name="Resolved">Dossiers resolved in the month.</param>
/// <param name="OnTime">Of them, early or on time.</param>
public sealed record PublicMonthStatistics(string Month, long Received, long Online, long Resolved, long OnTime);

/// <param name="AgencyId">The agency; null for the total.</param>
/// <param name="Code">Its identifier code.</param>
/// <param name="Name">Its name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="Received">Dossiers received this year.</param>
/// <param name="Online">Of them, online.</param>
/// <param name="OnlineShare">Online ÷ received.</param>
/// <param name="Resolved">Dossiers resolved this year.</param>
/// <param name="OnTime">Of them, early or on time.</param>
/// <param name="OnTimeRate">On time ÷ resolved.</param>
public sealed record PublicAgencyStatistics(
    Guid? AgencyId, string? Code, string Name, string NameEn, long Received, long Online, decimal? OnlineShare, long Resolved, long OnTime, decimal? OnTimeRate);

internal sealed class GetPublicStatisticsHandler(IReadDbContext db, IStatisticsReadModel model, StatisticsFiguresReader reader)
    : IRequestHandler<GetPublicStatistics, PublicStatisticsDto>
{
    public async Task<PublicStatisticsDto> Handle(GetPublicStatistics request, CancellationToken cancellationToken)
    {
        var today = reader.Today();
        var from = new DateOnly(today.Year, 1, 1);
        var counts = (await model.CountAsync(new StatisticsSlice(from, today, null, null, null, null), StatisticsGrouping.Agency, cancellationToken))
            .ToDictionary(c => c.Key, StringComparer.Ordinal);
        var agencies = await db.Agencies.Where(a => a.Decides).OrderBy(a => a.Code)
            .Select(a => new { a.Id, a.Code, a.Name, a.NameEn }).ToListAsync(cancellationToken);
        var rows = agencies
            .Select(a => Row(a.Id, a.Code, a.Name, a.NameEn, counts.GetValueOrDefault(a.Id.ToString()) ?? new StatisticsCounters()))
            .ToList();
        var total = Row(null, null, "Toàn thành phố", "Whole city", Sum(counts.Values));
        var perMonth = (await model.CountAsync(new StatisticsSlice(from, today, null, null, null, null), StatisticsGrouping.Month, cancellationToken))
            .ToDictionary(c => c.Key, StringComparer.Ordinal);
        var months = Enumerable.Range(1, today.Month)
            .Select(m => Month($"{today.Year:D4}-{m:D2}", perMonth.GetValueOrDefault($"{today.Year:D4}-{m:D2}") ?? new StatisticsCounters()))
            .ToList();
        return new PublicStatisticsDto(today.Year, from, today, await model.LastRebuiltAtAsync(cancellationToken), total, rows, months);
    }

    private static PublicAgencyStatistics Row(Guid? id, string? code, string name, string nameEn, StatisticsCounters c)
    {
        var onTime = c.ResolvedEarly + c.ResolvedOnTime;
        return new PublicAgencyStatistics(id, code, name, nameEn, c.Received, c.ReceivedOnline, StatisticsFigures.Share(c.ReceivedOnline, c.Received),
            c.Resolved, onTime, StatisticsFigures.Share(onTime, c.Resolved));
    }

    private static PublicMonthStatistics Month(string month, StatisticsCounters c) =>
        new(month, c.Received, c.ReceivedOnline, c.Resolved, c.ResolvedEarly + c.ResolvedOnTime);

    private static StatisticsCounters Sum(IEnumerable<StatisticsCounters> all)
    {
        var list = all.ToList();
        return new StatisticsCounters
        {
            ReceivedOnline = list.Sum(c => c.ReceivedOnline),
            ReceivedInPerson = list.Sum(c => c.ReceivedInPerson),
            ReceivedPost = list.Sum(c => c.ReceivedPost),
            ResolvedEarly = list.Sum(c => c.ResolvedEarly),
            ResolvedOnTime = list.Sum(c => c.ResolvedOnTime),
            ResolvedLate = list.Sum(c => c.ResolvedLate),
        };
    }
}
