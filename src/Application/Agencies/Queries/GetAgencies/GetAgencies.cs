using AutoMapper;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Agencies.Queries.GetAgencies;

/// <summary>One page of agencies, ordered by code.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
public sealed record GetAgencies(int Page = 1, int PageSize = 20) : IRequest<PagedList<AgencyDto>>, IPagedQuery;

internal sealed class GetAgenciesHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<GetAgencies, PagedList<AgencyDto>>
{
    public Task<PagedList<AgencyDto>> Handle(GetAgencies request, CancellationToken cancellationToken) =>
        PagedList<AgencyDto>.ProjectAsync(
            db.Agencies.AsNoTracking().OrderBy(a => a.Code),
            mapper.ConfigurationProvider,
            request.Page,
            request.PageSize,
            cancellationToken);
}
