using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Commands.FileDossierComplaint;

/// <summary>
/// The applicant of a dossier complains about its handling; the agency holding the dossier answers. Without an e-mail
/// given, the account's e-mail receives the answer.
/// </summary>
/// <param name="DossierId">The applicant's dossier.</param>
/// <param name="Content">What the complaint says.</param>
/// <param name="ContactEmail">Where to send the answer (default: the account's e-mail).</param>
/// <param name="ContactPhone">A phone number, optional.</param>
[RequiresRole]
public sealed record FileDossierComplaint(Guid DossierId, string Content, string? ContactEmail = null, string? ContactPhone = null) : IRequest<ComplaintDto>;

internal sealed class FileDossierComplaintHandler(IAppDbContext db, ICurrentUser user, IIdentityService identities, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<FileDossierComplaint, ComplaintDto>
{
    public async Task<ComplaintDto> Handle(FileDossierComplaint request, CancellationToken cancellationToken)
    {
        var actor = DossierActors.From(user);
        var dossier = await db.Dossiers.AsNoTracking().Visible(user).Where(d => d.Id == request.DossierId)
            .Select(d => new ComplainedDossier(d.Id, d.ApplicantId, d.ProcedureId, d.CurrentAgencyId))
            .SingleOrDefaultAsync(cancellationToken) ?? throw DossierAccess.NotFound(request.DossierId);
        var profile = await identities.GetProfileAsync(actor.UserId, cancellationToken);
        var now = clock.GetUtcNow();
        var complaint = Complaint.AboutDossier(actor with { Name = profile?.FullName ?? actor.Name }, dossier,
            string.IsNullOrWhiteSpace(request.ContactEmail) ? profile?.Email : request.ContactEmail, request.ContactPhone, request.Content, now,
            await calendars.GetAsync(cancellationToken));
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return (await ComplaintViews.ForAsync(db, [complaint], actor, now, cancellationToken))[0];
    }
}
