using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Queries.TrackComplaint;

/// <summary>
/// Where a complaint stands, by its tracking code. A complaint about a procedure is tracked by whoever holds its code;
/// one about a dossier only by its complainant, signed in, or the officials answering it: to anyone else it does not exist.
/// </summary>
/// <param name="Code">The tracking code, e.g. <c>PAKN-7KQ2M9XH4D</c> (case does not matter).</param>
public sealed record TrackComplaint(string Code) : IRequest<ComplaintTrackingDto>;

internal sealed class TrackComplaintHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<TrackComplaint, ComplaintTrackingDto>
{
    public async Task<ComplaintTrackingDto> Handle(TrackComplaint request, CancellationToken cancellationToken)
    {
        var code = ComplaintTrackingCode.Normalise(request.Code);
        var complaint = code is null ? null : await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.TrackingCode == code, cancellationToken);
        if (complaint is null || (complaint.Subject == ComplaintSubject.Dossier && !MayTrack(complaint)))
        {
            throw new NotFoundException("Complaint", request.Code);
        }

        return await ComplaintViews.TrackingAsync(db, complaint, clock.GetUtcNow(), cancellationToken);
    }

    private bool MayTrack(Complaint complaint) =>
        user.UserId is { } id && (id == complaint.ComplainantId || complaint.IsHandledBy(DossierActors.From(user)));
}
