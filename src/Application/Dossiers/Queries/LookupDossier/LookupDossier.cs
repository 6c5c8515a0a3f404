using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Dossiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Dossiers.Queries.LookupDossier;

/// <summary>
/// The public lookup (no sign-in): with the dossier code (or tracking number) AND the applicant's citizen ID, the status,
/// the dates and what happens next — nothing else. A wrong pair is a plain 404, whichever half is wrong. Read from the
/// read replica when one is configured, so a dossier changed a moment ago may show its previous state for that moment.
/// </summary>
public sealed record LookupDossier(string Code, string CitizenId) : IRequest<DossierLookupDto>;

/// <summary>What the public lookup shows.</summary>
public sealed record DossierLookupDto(
    string? Code, string? TrackingNumber, DossierStatus Status, string? NationalStatus,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? ReturnedAt,
    IReadOnlyList<DossierAction> NextActions);

internal sealed class LookupDossierHandler(IReadDbContext db) : IRequestHandler<LookupDossier, DossierLookupDto>
{
    public async Task<DossierLookupDto> Handle(LookupDossier request, CancellationToken cancellationToken)
    {
        var key = request.Code.Trim().ToUpperInvariant();
        var query = db.Dossiers.Where(d => d.ApplicantCitizenId == request.CitizenId);
        query = DossierCode.TryParse(key, out var code) ? query.Where(d => d.Code == code) : query.Where(d => d.TrackingNumber == key);
        var dossier = await query.SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Dossier", request.Code);
        return new DossierLookupDto(
            dossier.Code?.Value, dossier.TrackingNumber, dossier.Status, NationalPortalStatus.Of(dossier),
            dossier.SubmittedAt, dossier.ReceivedAt, dossier.AppointmentAt, dossier.ReturnedAt, DossierLifecycle.ActionsFrom(dossier.Status));
    }
}
