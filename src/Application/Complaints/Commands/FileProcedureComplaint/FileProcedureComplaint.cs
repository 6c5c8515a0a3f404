using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Commands.FileProcedureComplaint;

/// <summary>
/// Anyone, signed in or not, complains about a procedure of the public catalogue to an agency that decides it (the
/// agency chosen as for a new dossier), giving a name and an e-mail or a phone to be answered at.
/// </summary>
/// <param name="ProcedureId">The procedure of the public catalogue.</param>
/// <param name="DecidingAgencyId">The agency carrying it out that the complaint is addressed to.</param>
/// <param name="Name">The complainant's name.</param>
/// <param name="ContactEmail">E-mail (this or a phone is required); the answer is mailed there.</param>
/// <param name="ContactPhone">Phone (this or an e-mail is required).</param>
/// <param name="Content">What the complaint says.</param>
public sealed record FileProcedureComplaint(Guid ProcedureId, Guid DecidingAgencyId, string Name, string? ContactEmail, string? ContactPhone, string Content)
    : IRequest<ComplaintTrackingDto>;

internal sealed class FileProcedureComplaintHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<FileProcedureComplaint, ComplaintTrackingDto>
{
    public async Task<ComplaintTrackingDto> Handle(FileProcedureComplaint request, CancellationToken cancellationToken)
    {
        await ProcedureChoice.ResolveAsync(db, request.ProcedureId, request.DecidingAgencyId, request.DecidingAgencyId, cancellationToken);
        var now = clock.GetUtcNow();
        var complaint = Complaint.AboutProcedure(user.IsIntegrator ? null : user.UserId, request.Name, request.ContactEmail, request.ContactPhone,
            request.ProcedureId, request.DecidingAgencyId, request.Content, now, await calendars.GetAsync(cancellationToken));
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintViews.TrackingAsync(db, complaint, now, cancellationToken);
    }
}
