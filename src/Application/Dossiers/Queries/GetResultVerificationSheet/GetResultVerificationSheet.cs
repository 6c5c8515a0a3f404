using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Documents;
using HanoiDvc.Application.Dossiers.Queries.GetDossierDocument;
using HanoiDvc.Application.Dossiers.Queries.GetResult;
using HanoiDvc.Application.Results;
using HanoiDvc.Domain.Calendar;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Queries.GetResultVerificationSheet;

/// <summary>
/// The verification sheet of a dossier's electronic result (PDF): the code, the QR code of the verification page and
/// the SHA-256 of the result file. It goes with an uploaded result, which is kept byte for byte and so cannot carry them;
/// same read rule as the result itself.
/// </summary>
/// <param name="DossierId">The dossier.</param>
[RequiresRole]
public sealed record GetResultVerificationSheet(Guid DossierId) : IRequest<DossierPdf>;

internal sealed class GetResultVerificationSheetHandler(IAppDbContext db, ICurrentUser user, IDossierDocuments documents, IOptions<PublicSiteOptions> site)
    : IRequestHandler<GetResultVerificationSheet, DossierPdf>
{
    public async Task<DossierPdf> Handle(GetResultVerificationSheet request, CancellationToken cancellationToken)
    {
        var result = await ResultReading.FindAsync(db, user, request.DossierId, cancellationToken);
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == request.DossierId)
            .Select(d => new { d.Code, d.TrackingNumber, d.ApplicantName, d.ApplicantCitizenId, d.ProcedureVersionId }).SingleAsync(cancellationToken);
        var procedureName = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == dossier.ProcedureVersionId).Select(v => v.Name).SingleAsync(cancellationToken);
        var code = dossier.Code?.Value ?? dossier.TrackingNumber ?? request.DossierId.ToString();
        var pdf = documents.Render(new DossierDocument
        {
            Kind = DossierDocumentKind.ResultVerificationSheet,
            AgencyName = result.IssuerName,
            DossierCode = code,
            TrackingNumber = dossier.TrackingNumber,
            Applicant = new DocumentApplicant(dossier.ApplicantName, dossier.ApplicantCitizenId, null, null),
            ProcedureName = procedureName,
            Official = new DocumentOfficial(result.SignerName, "Lãnh đạo"),
            LookupUrl = new Uri(site.Value.BaseUrl, $"/tra-cuu?ma={Uri.EscapeDataString(code)}"),
            IssuedPlace = "Hà Nội",
            IssuedOn = VietnamTimeZone.Today(result.IssuedAt),
            DocumentType = result.DocumentType,
            VerificationCode = ResultVerificationCode.Format(result.VerificationCode),
            VerificationUrl = ResultUrls.VerificationPage(site.Value, result.VerificationCode),
            Sha256 = result.Sha256,
        });
        return new DossierPdf($"phieu-xac-minh-ket-qua-{code}.pdf", pdf);
    }
}
