using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Queries.GetAgencyComplaints;

/// <summary>
/// The complaints the caller's agency answers: open ones first, earliest due first (so the overdue lead), then the
/// answered ones, latest first.
/// </summary>
/// <param name="Status">Only this status.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record GetAgencyComplaints(ComplaintStatus? Status = null, int Page = 1, int PageSize = 20) : IRequest<PagedList<ComplaintDto>>, IPagedQuery;

internal sealed class GetAgencyComplaintsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetAgencyComplaints, PagedList<ComplaintDto>>
{
    public async Task<PagedList<ComplaintDto>> Handle(GetAgencyComplaints request, CancellationToken cancellationToken)
    {
        var actor = DossierActors.From(user);
        var agencies = actor.Agencies.ToList();
        var complaints = db.Complaints.AsNoTracking().Where(c => agencies.Contains(c.AgencyId));
        if (request.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }

        var total = await complaints.CountAsync(cancellationToken);
        var page = await complaints
            .OrderBy(c => c.Status != ComplaintStatus.Received).ThenBy(c => c.Status == ComplaintStatus.Received ? c.DueAt : DateTimeOffset.MaxValue)
            .ThenByDescending(c => c.AnsweredAt).ThenBy(c => c.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ComplaintDto>(await ComplaintViews.ForAsync(db, page, actor, clock.GetUtcNow(), cancellationToken), request.Page, request.PageSize, total);
    }
}
