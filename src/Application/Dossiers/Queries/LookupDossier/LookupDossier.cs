using HanoiDvc.Application.Dossiers.Common;

namespace HanoiDvc.Application.Dossiers.Queries.LookupDossier;

/// <summary>
/// The public lookup (no sign-in): with the dossier code (or tracking number) AND the applicant's citizen ID, the status,
/// the procedure, the receiving agency, the dates, what happens next and the public history of its steps (what happened
/// when — never who, nor any note). A wrong pair is a plain 404, whichever half is wrong. Read from the read replica when
/// one is configured, so a dossier changed a moment ago may show its previous state for that moment.
/// </summary>
public sealed record LookupDossier(string Code, string CitizenId) : IRequest<DossierLookupDto>;

/// <summary>What the public lookup shows.</summary>
/// <param name="Code">The dossier code, once received.</param>
/// <param name="TrackingNumber">The tracking number of an online submission.</param>
/// <param name="Status">Where the dossier stands.</param>
/// <param name="NationalStatus">The status in the national portal's words.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="AppointmentAt">When the result is promised (the appointment).</param>
/// <param name="ReturnedAt">When the result was returned.</param>
/// <param name="NextActions">The actions its status allows next.</param>
/// <param name="ReceivedAt">When the desk received the dossier (its reception step), never after <paramref name="ReturnedAt"/>; the legal clock may start later (the next working period).</param>
/// <param name="ProcedureName">The procedure's name (Vietnamese) as the dossier was filed under it.</param>
/// <param name="ProcedureNameEn">The procedure's name in English (the Vietnamese one when it has none).</param>
/// <param name="ReceivingAgencyName">The agency that receives the dossier and returns the result.</param>
/// <param name="ReceivingAgencyNameEn">Its name in English.</param>
/// <param name="History">The steps, oldest first: the action, when, and the status it led to.</param>
public sealed record DossierLookupDto(
    string? Code, string? TrackingNumber, DossierStatus Status, string? NationalStatus,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? ReturnedAt,
    IReadOnlyList<DossierAction> NextActions,
    string? ProcedureName = null, string? ProcedureNameEn = null, string? ReceivingAgencyName = null, string? ReceivingAgencyNameEn = null,
    IReadOnlyList<PublicStepDto>? History = null);

/// <summary>One step of a dossier as the public lookup shows it: what happened and when, without the official's name or any note.</summary>
public sealed record PublicStepDto(DossierAction Action, DateTimeOffset At, DossierStatus ToStatus);

internal sealed class LookupDossierHandler(IReadDbContext db, ProcedureVersionSummaries versions) : IRequestHandler<LookupDossier, DossierLookupDto>
{
    public async Task<DossierLookupDto> Handle(LookupDossier request, CancellationToken cancellationToken)
    {
        var key = request.Code.Trim().ToUpperInvariant();
        var query = db.Dossiers.Where(d => d.ApplicantCitizenId == request.CitizenId);
        query = DossierCode.TryParse(key, out var code) ? query.Where(d => d.Code == code) : query.Where(d => d.TrackingNumber == key);
        // What the page shows and the domain's rules need (the steps in a second query, as every collection): not the dossier with its form and documents.
        var dossier = await query.Select(d => new
        {
            d.Code, d.TrackingNumber, d.Status, d.PaymentStatus, d.PaymentTerms, d.SubmittedAt, d.ReceivedAt, d.AppointmentAt, d.ReturnedAt, d.ProcedureVersionId,
            Agency = db.Agencies.Where(a => a.Id == d.ReceivingAgencyId).Select(a => new { a.Name, a.NameEn }).FirstOrDefault(),
            Steps = d.Steps.OrderBy(s => s.Sequence).ToList(),
        }).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Dossier", request.Code);
        var procedure = await versions.GetAsync(db.ProcedureVersions, dossier.ProcedureVersionId, cancellationToken); // kept once read: not its whole content per lookup
        return new DossierLookupDto(
            dossier.Code?.Value, dossier.TrackingNumber, dossier.Status,
            NationalPortalStatus.Of(dossier.Status, Dossier.AwaitsPaymentWhen(dossier.PaymentStatus, dossier.PaymentTerms, dossier.Status)),
            dossier.SubmittedAt, Dossier.ReceptionRecordedIn(dossier.Steps) ?? dossier.ReceivedAt, dossier.AppointmentAt, dossier.ReturnedAt,
            DossierLifecycle.ActionsFrom(dossier.Status),
            procedure.Name, procedure.NameEn, dossier.Agency?.Name, dossier.Agency?.NameEn,
            [.. dossier.Steps.Select(s => new PublicStepDto(s.Action, s.At, s.ToStatus))]);
    }
}
