using AutoMapper;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Dossiers;

/// <summary>A dossier of one of the integrator's agencies (404 for any other).</summary>
[RequiresScope(IntegratorScopes.DossiersRead)]
public sealed record GetIntegrationDossier(Guid Id) : IRequest<DossierDto>;

internal sealed class GetIntegrationDossierHandler(IAppDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<GetIntegrationDossier, DossierDto>
{
    public async Task<DossierDto> Handle(GetIntegrationDossier request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().WithParts().Visible(user).SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw DossierAccess.NotFound(request.Id);
        return mapper.Map<DossierDto>(dossier);
    }
}

/// <summary>The dossiers of the integrator's agencies, newest submission first.</summary>
/// <param name="Status">Only this state.</param>
/// <param name="SubmittedSince">Only dossiers submitted at or after this instant (UTC).</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">1–100.</param>
[RequiresScope(IntegratorScopes.DossiersRead)]
public sealed record GetIntegrationDossiers(DossierStatus? Status, DateTimeOffset? SubmittedSince, int Page, int PageSize) : IRequest<PagedList<DossierSummaryDto>>, IPagedQuery;

internal sealed class GetIntegrationDossiersValidator : AbstractValidator<GetIntegrationDossiers>
{
    public GetIntegrationDossiersValidator() => Include(new PagingValidator());
}

internal sealed class GetIntegrationDossiersHandler(IAppDbContext db, ICurrentUser user, IMapper mapper)
    : IRequestHandler<GetIntegrationDossiers, PagedList<DossierSummaryDto>>
{
    public Task<PagedList<DossierSummaryDto>> Handle(GetIntegrationDossiers request, CancellationToken cancellationToken)
    {
        var query = db.Dossiers.AsNoTracking().Visible(user);
        if (request.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (request.SubmittedSince is { } since)
        {
            var utc = since.ToUniversalTime();
            query = query.Where(d => d.SubmittedAt >= utc);
        }

        return PagedList<DossierSummaryDto>.ProjectAsync(
            query.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id), mapper.ConfigurationProvider, request.Page, request.PageSize, cancellationToken);
    }
}
