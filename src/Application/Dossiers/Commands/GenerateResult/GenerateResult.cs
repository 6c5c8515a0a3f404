using System.Security.Cryptography;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Documents;
using HanoiDvc.Application.Results;
using HanoiDvc.Domain.Calendar;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Commands.GenerateResult;

/// <summary>
/// The approving leader has the system generate the result of a procedure that has a result template (e.g. the copy of
/// a diploma from the original register): a Vietnamese PDF filled from the dossier's form, with its verification code
/// and a QR code to the verification page drawn in.
/// </summary>
/// <param name="DossierId">The dossier.</param>
[RequiresRole(Roles.Leader)]
public sealed record GenerateResult(Guid DossierId) : IRequest<ResultDocumentDto>;

internal sealed class GenerateResultHandler(
    IAppDbContext db, ICurrentUser user, IFileStore files, IDossierDocuments documents, IResultTemplates templates, TimeProvider clock, IOptions<PublicSiteOptions> site)
    : IRequestHandler<GenerateResult, ResultDocumentDto>
{
    public async Task<ResultDocumentDto> Handle(GenerateResult request, CancellationToken cancellationToken)
    {
        var context = await ResultIssuing.LoadAsync(db, user, request.DossierId, cancellationToken);
        var dossier = context.Dossier;
        var actor = DossierActors.From(user);
        dossier.EnsureResultCanBeIssued(actor, context.ServiceLevel, context.OnlineResult);
        var template = templates.Find(context.ProcedureName);
        dossier.EnsureResultTemplate(template is not null);
        if (ResultDataForm.Missing(dossier, template!) is { Count: > 0 } missing)
        {
            // The template prints what the officials recorded from the original register; without it the copy would print blanks.
            throw new ConflictException("result.data_missing", Localized.Text(
                $"Chưa nhập dữ liệu kết quả: {string.Join(", ", missing.Select(f => f.Label))}.",
                $"The result data are not recorded yet: {string.Join(", ", missing.Select(f => f.LabelEn))}."));
        }

        var now = clock.GetUtcNow();
        var code = ResultVerificationCode.New();
        var dossierCode = dossier.Reference;
        var pdf = documents.Render(new DossierDocument
        {
            Kind = DossierDocumentKind.Result,
            Template = template!.Template,
            AgencyName = context.IssuerName,
            DossierCode = dossierCode,
            TrackingNumber = dossier.TrackingNumber,
            Applicant = new DocumentApplicant(dossier.ApplicantName, dossier.ApplicantCitizenId, dossier.FormData.GetValueOrDefault("address"), dossier.FormData.GetValueOrDefault("phone")),
            ProcedureName = context.ProcedureName,
            Official = new DocumentOfficial(actor.Name, "Lãnh đạo"),
            LookupUrl = new Uri(site.Value.BaseUrl, $"/tra-cuu?ma={Uri.EscapeDataString(dossierCode)}"),
            IssuedPlace = "Hà Nội",
            IssuedOn = VietnamTimeZone.Today(now),
            FormData = Printable(dossier),
            ResultData = ResultDataForm.Printable(dossier, template),
            DocumentType = template.DocumentType,
            VerificationCode = ResultVerificationCode.Format(code),
            VerificationUrl = ResultUrls.VerificationPage(site.Value, code),
        });

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var file = new ResultFile(ResultOrigin.Generated, template.DocumentType, $"ket-qua-{dossierCode}.pdf", "application/pdf", pdf.Length, sha256, code);
        var result = dossier.IssueResult(actor, now, context.ServiceLevel, file, context.IssuerName, context.OnlineResult);

        using (var content = new MemoryStream(pdf, writable: false))
        {
            await files.SaveAsync(content, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ResultDocumentDto.From(result, ResultUrls.VerificationPage(site.Value, result.VerificationCode));
    }

    /// <summary>The form values as printed: a chosen option by its Vietnamese label rather than its stored value.</summary>
    private static Dictionary<string, string?> Printable(Dossier dossier) =>
        dossier.FormFields.ToDictionary(
            field => field.Key,
            field => dossier.FormData.GetValueOrDefault(field.Key) is { } value
                ? field.Options?.FirstOrDefault(o => o.Value == value)?.Label ?? value
                : null,
            StringComparer.Ordinal);
}
