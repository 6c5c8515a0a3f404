using AutoMapper;
using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Dossiers.Queries.GetMyDossiers;

/// <summary>The signed-in applicant's dossiers, newest first, with the name of the procedure each is for.</summary>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record GetMyDossiers(int Page = 1, int PageSize = 20) : IRequest<PagedList<DossierSummaryDto>>, IPagedQuery;

internal sealed class GetMyDossiersHandler(IAppDbContext db, ICurrentUser user, IMapper mapper, ProcedureNames names) : IRequestHandler<GetMyDossiers, PagedList<DossierSummaryDto>>
{
    public async Task<PagedList<DossierSummaryDto>> Handle(GetMyDossiers request, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var page = await PagedList<DossierSummaryDto>.ProjectAsync(
            db.Dossiers.AsNoTracking().Where(d => d.ApplicantId == userId).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id),
            mapper.ConfigurationProvider, request.Page, request.PageSize, cancellationToken);
        return page with { Items = await names.FillAsync(db.ProcedureVersions, page.Items, cancellationToken) };
    }
}
