using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Application.Statistics.ServiceIndex;
using HanoiDvc.Domain.Statistics;

namespace HanoiDvc.Application.Statistics.Queries.GetPublicServiceIndex;

/// <summary>
/// Open data: the national service index (Quyết định 766/QĐ-TTg) of the current year (Hanoi) per deciding agency that received a dossier this year, its
/// total and its groups' points out of what is measured here — no counts of dossiers beyond what the open statistics
/// already publish. Anonymous.
/// </summary>
public sealed record GetPublicServiceIndex : IRequest<PublicServiceIndexDto>;

/// <param name="Year">The year graded.</param>
/// <param name="From">1 January.</param>
/// <param name="To">31 December.</param>
/// <param name="Agencies">Every deciding agency, by code.</param>
public sealed record PublicServiceIndexDto(int Year, DateOnly From, DateOnly To, IReadOnlyList<PublicAgencyServiceIndex> Agencies);

/// <param name="AgencyId">The agency.</param>
/// <param name="Code">Its identifier code.</param>
/// <param name="Name">Its name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="Total">Points out of the measured maximum.</param>
/// <param name="Groups">Each group's points out of its measured maximum.</param>
public sealed record PublicAgencyServiceIndex(Guid AgencyId, string Code, string Name, string NameEn, ServiceIndexPointsDto Total, IReadOnlyList<PublicServiceIndexGroup> Groups);

/// <param name="Group">The group.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Total">Its points out of its measured maximum.</param>
public sealed record PublicServiceIndexGroup(ServiceIndexGroup Group, string Name, string NameEn, ServiceIndexPointsDto Total);

internal sealed class GetPublicServiceIndexHandler(IReadDbContext db, ServiceIndexInputsReader reader, StatisticsFiguresReader figures)
    : IRequestHandler<GetPublicServiceIndex, PublicServiceIndexDto>
{
    public async Task<PublicServiceIndexDto> Handle(GetPublicServiceIndex request, CancellationToken cancellationToken)
    {
        var period = new ServiceIndexPeriod(ServiceIndexPeriodKind.Year, figures.Today().Year, 1);
        var agencies = await db.Agencies.Where(a => a.Decides).OrderBy(a => a.Code)
            .Select(a => new { a.Id, a.Code, a.Name, a.NameEn }).ToListAsync(cancellationToken);
        var rows = new List<PublicAgencyServiceIndex>();
        foreach (var a in agencies)
        {
            var slice = new StatisticsSlice(period.From, period.To, new HashSet<Guid> { a.Id }, null, null, null);
            var inputs = (await reader.ReadAsync([slice], cancellationToken))[0];
            if (inputs.OnlineDossiers is not { Denominator: > 0 })
            {
                continue; // no dossier received this year: its index would be the catalogue's alone
            }

            var scores = ServiceIndexIndicators.Score(inputs);
            rows.Add(new PublicAgencyServiceIndex(a.Id, a.Code, a.Name, a.NameEn, ServiceIndexPointsDto.Of(scores),
                [.. ServiceIndexGroupDto.Of(scores).Select(g => new PublicServiceIndexGroup(g.Group, g.Name, g.NameEn, g.Total))]));
        }

        return new PublicServiceIndexDto(period.Year, period.From, period.To, rows);
    }
}
