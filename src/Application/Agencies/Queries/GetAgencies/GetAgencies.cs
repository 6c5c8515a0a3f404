using AutoMapper;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Application.Agencies.Queries.GetAgencies;

/// <summary>One page of agencies, ordered by code, optionally of one level, kind or parent.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
/// <param name="Level">Only this administrative level (<c>province</c>, <c>district</c>, <c>commune</c>).</param>
/// <param name="Kind">Only this kind of agency.</param>
/// <param name="ParentId">Only the direct children of this agency.</param>
public sealed record GetAgencies(int Page = 1, int PageSize = 20, string? Level = null, AgencyKind? Kind = null, Guid? ParentId = null)
    : IRequest<PagedList<AgencyDto>>, IPagedQuery;

internal sealed class GetAgenciesHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<GetAgencies, PagedList<AgencyDto>>
{
    public Task<PagedList<AgencyDto>> Handle(GetAgencies request, CancellationToken cancellationToken)
    {
        var agencies = db.Agencies.AsNoTracking();
        if (request.Level is { } level)
        {
            var code = level.ToLowerInvariant(); // level codes are stored lower-case
            agencies = agencies.Where(a => a.LevelCode == code);
        }

        if (request.Kind is { } kind)
        {
            agencies = agencies.Where(a => a.Kind == kind);
        }

        if (request.ParentId is { } parentId)
        {
            agencies = agencies.Where(a => a.ParentId == parentId);
        }

        return PagedList<AgencyDto>.ProjectAsync(agencies.OrderBy(a => a.Code), mapper.ConfigurationProvider, request.Page, request.PageSize, cancellationToken);
    }
}
