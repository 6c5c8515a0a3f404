using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Statistics.Queries.GetStatisticsBreakdown;

/// <summary>
/// The period's figures per deciding agency, per procedure or per month (a time series without the open stock). Same
/// scope as the summary.
/// </summary>
[RequiresRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetStatisticsBreakdown(
    StatisticsGrouping By, DateOnly From, DateOnly To, Guid? AgencyId = null, int? Level = null, ProcedureField? Field = null, Guid? ProcedureId = null)
    : IRequest<IReadOnlyList<StatisticsBreakdownRow>>, IStatisticsFilter;

/// <param name="Key">The agency's or procedure's id, or the month (<c>yyyy-MM</c>).</param>
/// <param name="Name">Its Vietnamese name (the month itself for a series).</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="Code">The agency's identifier code or the procedure's national code.</param>
/// <param name="Figures">Its figures.</param>
public sealed record StatisticsBreakdownRow(string Key, string Name, string NameEn, string? Code, StatisticsFigures Figures);

internal sealed class GetStatisticsBreakdownHandler(IReadDbContext db, StatisticsScope scope, StatisticsFiguresReader reader)
    : IRequestHandler<GetStatisticsBreakdown, IReadOnlyList<StatisticsBreakdownRow>>
{
    public async Task<IReadOnlyList<StatisticsBreakdownRow>> Handle(GetStatisticsBreakdown request, CancellationToken cancellationToken)
    {
        var slice = await scope.SliceAsync(request, cancellationToken);
        var rows = await reader.ReadAsync(slice, request.By, cancellationToken);
        var names = await StatisticsNames.ForAsync(db, request.By, rows.Select(r => r.Key), cancellationToken);
        var labelled = rows.Select(r =>
        {
            var label = names.GetValueOrDefault(r.Key) ?? new StatisticsLabel(r.Key, r.Key, null);
            return new StatisticsBreakdownRow(r.Key, label.Name, label.NameEn, label.Code, r.Figures);
        });
        return request.By == StatisticsGrouping.Month
            ? [.. labelled]
            : [.. labelled.OrderBy(r => r.Code ?? r.Name, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}
