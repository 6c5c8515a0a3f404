using HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Statistics.Queries.GetStatisticsSummary;

/// <summary>
/// The leaders' summary of a period: received (online / direct), resolved early / on time / late, open within time /
/// overdue, processing time against the limit, payments, satisfaction, the catalogue's level-4 share and the reference
/// targets. Leader and AgencyAdmin: their agency and those below it; SystemAdmin: everything.
/// </summary>
[RequiresRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetStatisticsSummary(DateOnly From, DateOnly To, Guid? AgencyId = null, int? Level = null, ProcedureField? Field = null, Guid? ProcedureId = null)
    : IRequest<StatisticsSummaryDto>, IStatisticsFilter;

/// <param name="From">First business day.</param>
/// <param name="To">Last business day.</param>
/// <param name="AgencyId">The agency asked for, if any.</param>
/// <param name="Figures">The period's figures.</param>
/// <param name="Catalogue">How many published procedures are offered at level 4, per deciding level (the catalogue's own statistics).</param>
/// <param name="Targets">Reference targets with the period's actual values.</param>
/// <param name="Freshness">As of when: the instant, the events counted live from the dossiers (since when), the tables' last rebuild.</param>
public sealed record StatisticsSummaryDto(
    DateOnly From, DateOnly To, Guid? AgencyId, StatisticsFigures Figures, CatalogueStatisticsDto Catalogue, IReadOnlyList<StatisticsTargetDto> Targets,
    StatisticsFreshness? Freshness = null);

/// <param name="Code">Stable key.</param>
/// <param name="Name">Vietnamese wording.</param>
/// <param name="NameEn">English wording.</param>
/// <param name="Value">The target, a fraction.</param>
/// <param name="Actual">The period's value of the same measure (null when there is nothing to measure).</param>
public sealed record StatisticsTargetDto(string Code, string Name, string NameEn, decimal Value, decimal? Actual);

internal sealed class GetStatisticsSummaryHandler(IMediator mediator, StatisticsScope scope, StatisticsFiguresReader reader, IStatisticsReadModel model)
    : IRequestHandler<GetStatisticsSummary, StatisticsSummaryDto>
{
    public async Task<StatisticsSummaryDto> Handle(GetStatisticsSummary request, CancellationToken cancellationToken)
    {
        var slice = await scope.SliceAsync(request, cancellationToken);
        var figures = (await reader.ReadAsync(slice, StatisticsGrouping.None, cancellationToken)).Single().Figures;
        var catalogue = await mediator.Send(new GetCatalogueStatistics(), cancellationToken);
        return new StatisticsSummaryDto(
            request.From, request.To, request.AgencyId, figures, catalogue, StatisticsTargets.With(catalogue, figures), await model.FreshnessAsync(cancellationToken));
    }
}
