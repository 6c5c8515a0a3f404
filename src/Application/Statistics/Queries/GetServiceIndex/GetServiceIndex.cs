using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Application.Statistics.ServiceIndex;
using HanoiDvc.Domain.Statistics;

namespace HanoiDvc.Application.Statistics.Queries.GetServiceIndex;

/// <summary>
/// The national service index (Quyết định 766/QĐ-TTg) of a month, quarter or year: points per indicator and group, the
/// total out of the maximum measured here, and the totals of the five periods before. Leader and AgencyAdmin: their
/// agency and those below it; SystemAdmin: the city or any agency.
/// </summary>
/// <param name="Kind">Month, quarter or year.</param>
/// <param name="Year">The year.</param>
/// <param name="Number">The month (1–12) or quarter (1–4); 1 (or nothing) for a year.</param>
/// <param name="AgencyId">One agency with those below it; null for everything the caller oversees.</param>
[RequiresRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetServiceIndex(ServiceIndexPeriodKind Kind, int Year, int Number = 1, Guid? AgencyId = null) : IRequest<ServiceIndexDto>;

internal sealed class GetServiceIndexHandler(StatisticsScope scope, ServiceIndexInputsReader reader, IReadDbContext db)
    : IRequestHandler<GetServiceIndex, ServiceIndexDto>
{
    /// <summary>How many earlier periods the trend shows.</summary>
    public const int TrendPeriods = 5;

    public async Task<ServiceIndexDto> Handle(GetServiceIndex request, CancellationToken cancellationToken)
    {
        var agencies = await scope.AgenciesAsync(request.AgencyId, cancellationToken);
        var period = new ServiceIndexPeriod(request.Kind, request.Year, request.Number);
        var periods = new List<ServiceIndexPeriod> { period };
        while (periods.Count <= TrendPeriods)
        {
            periods.Add(periods[^1].Previous());
        }

        var inputs = await reader.ReadAsync([.. periods.Select(p => new StatisticsSlice(p.From, p.To, agencies, null, null, null))], cancellationToken);
        var scores = ServiceIndexIndicators.Score(inputs[0]);
        var trend = periods.Zip(inputs).Skip(1).Reverse()
            .Select(e => new ServiceIndexTrendDto(e.First.Year, e.First.Number, e.First.From, e.First.To, ServiceIndexPointsDto.Of(ServiceIndexIndicators.Score(e.Second))))
            .ToList();

        var agency = request.AgencyId is { } id
            ? await db.Agencies.Where(a => a.Id == id).Select(a => new { a.Name, a.NameEn }).SingleAsync(cancellationToken)
            : new { Name = "Toàn thành phố", NameEn = "Whole city" };
        return new ServiceIndexDto(request.Kind, request.Year, request.Number, period.From, period.To, request.AgencyId, agency.Name, agency.NameEn,
            ServiceIndexPointsDto.Of(scores), ServiceIndexGroupDto.Of(scores), trend);
    }
}
