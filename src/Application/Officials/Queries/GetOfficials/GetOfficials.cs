using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Officials.Queries.GetOfficials;

/// <summary>One page of the officials the caller manages, ordered by user name; optionally one agency's only.</summary>
/// <param name="AgencyId">Only this agency's officials (it must be one the caller manages).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole(Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetOfficials(Guid? AgencyId, int Page = 1, int PageSize = 20) : IRequest<PagedList<OfficialDto>>, IPagedQuery;

internal sealed class GetOfficialsHandler(IAgencyScope scope, IOfficialAccounts officials) : IRequestHandler<GetOfficials, PagedList<OfficialDto>>
{
    public async Task<PagedList<OfficialDto>> Handle(GetOfficials request, CancellationToken cancellationToken)
    {
        if (request.AgencyId is { } agencyId)
        {
            await scope.EnsureCanManageAsync(agencyId, cancellationToken);
        }

        var within = await scope.ManageableAgencyIdsAsync(cancellationToken);
        return await officials.ListAsync(request.AgencyId, within, request.Page, request.PageSize, cancellationToken);
    }
}
