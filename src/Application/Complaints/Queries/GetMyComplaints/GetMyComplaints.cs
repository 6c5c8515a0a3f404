using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Complaints.Common;

namespace HanoiDvc.Application.Complaints.Queries.GetMyComplaints;

/// <summary>The complaints the signed-in user filed, newest first.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole]
public sealed record GetMyComplaints(int Page = 1, int PageSize = 20) : IRequest<PagedList<ComplaintDto>>, IPagedQuery;

internal sealed class GetMyComplaintsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMyComplaints, PagedList<ComplaintDto>>
{
    public async Task<PagedList<ComplaintDto>> Handle(GetMyComplaints request, CancellationToken cancellationToken)
    {
        var actor = DossierActors.From(user);
        var mine = db.Complaints.AsNoTracking().Where(c => c.ComplainantId == actor.UserId);
        var total = await mine.CountAsync(cancellationToken);
        var page = await mine.OrderByDescending(c => c.FiledAt).ThenBy(c => c.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ComplaintDto>(await ComplaintViews.ForAsync(db, page, actor, clock.GetUtcNow(), cancellationToken), request.Page, request.PageSize, total);
    }
}

internal sealed class GetMyComplaintsValidator : AbstractValidator<GetMyComplaints>
{
    public GetMyComplaintsValidator() => Include(new PagingValidator());
}
