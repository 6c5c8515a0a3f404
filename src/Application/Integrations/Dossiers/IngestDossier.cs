using AutoMapper;
using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Idempotency;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Integrations;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Dossiers;

/// <summary>The person an integrator submits for.</summary>
/// <param name="FullName">As written on the receipt.</param>
/// <param name="CitizenId">12-digit citizen ID; a citizen with an account under it sees the dossier in their own list.</param>
public sealed record IngestedApplicant(string FullName, string CitizenId);

/// <summary>A file uploaded before (<c>POST /api/v1/integrations/files</c>), named by its SHA-256.</summary>
/// <param name="Sha256">The hash the upload answered.</param>
/// <param name="FileName">The name to show.</param>
/// <param name="DocumentName">Which required document of the procedure it is.</param>
public sealed record IngestedAttachment(string Sha256, string FileName, string? DocumentName);

/// <summary>
/// An integrator submits a dossier on an applicant's behalf, for a procedure decided or received by an agency it acts for:
/// the draft is started under the procedure's current version, filled, given the files uploaded before, and submitted in
/// one save; the dossier records <c>Integration:&lt;client name&gt;</c> as its source. With an <paramref name="IdempotencyKey"/>,
/// a retry answers the same dossier and the same key with another body is refused (422).
/// </summary>
[RequiresScope(IntegratorScopes.DossiersWrite)]
public sealed record IngestDossier(
    Guid ProcedureId,
    Guid DecidingAgencyId,
    Guid? ReceivingAgencyId,
    IngestedApplicant Applicant,
    IReadOnlyDictionary<string, string?> FormData,
    IReadOnlyList<IngestedAttachment>? Attachments,
    string? IdempotencyKey) : IRequest<DossierDto>;

internal sealed class IngestDossierValidator : AbstractValidator<IngestDossier>
{
    public IngestDossierValidator()
    {
        RuleFor(x => x.Applicant).NotNull();
        RuleFor(x => x.Applicant.FullName).NotEmpty().MaximumLength(200).When(x => x.Applicant is not null);
        // ASCII digits only: .NET's \d also matches other scripts' digits, which no citizen ID has.
        RuleFor(x => x.Applicant.CitizenId).NotEmpty().Matches("^[0-9]{12}$").When(x => x.Applicant is not null);
        RuleFor(x => x.FormData).NotNull();
        RuleForEach(x => x.Attachments).ChildRules(a =>
        {
            a.RuleFor(f => f.Sha256).NotEmpty().Matches("^[0-9a-f]{64}$");
            a.RuleFor(f => f.FileName).NotEmpty().MaximumLength(DossierAttachment.FileNameMaxLength);
        });
        RuleFor(x => x.IdempotencyKey).Length(8, 100).Matches("^[A-Za-z0-9._:-]+$").When(x => x.IdempotencyKey is not null);
    }
}

internal sealed class IngestDossierHandler(
    IAppDbContext db, ICurrentUser user, DossierApplicants applicants, IFileStore files, TimeProvider clock, IMapper mapper, IOptions<UploadOptions> uploads)
    : IRequestHandler<IngestDossier, DossierDto>
{
    public async Task<DossierDto> Handle(IngestDossier request, CancellationToken cancellationToken)
    {
        var client = await IntegrationCaller.LoadAsync(db, user, cancellationToken);
        var hash = request.IdempotencyKey is null ? null : IdempotencyKeys.Hash(request with { IdempotencyKey = null, FormData = new SortedDictionary<string, string?>(request.FormData.ToDictionary(), StringComparer.Ordinal) });
        if (hash is not null && await IdempotencyKeys.EarlierResultAsync(db, client.Id, request.IdempotencyKey!, hash, cancellationToken) is { } earlier)
        {
            return await LoadAsync(earlier, cancellationToken);
        }

        var receivingId = request.ReceivingAgencyId ?? request.DecidingAgencyId;
        var version = await ProcedureChoice.ResolveAsync(db, request.ProcedureId, request.DecidingAgencyId, receivingId, cancellationToken);
        if (!client.AgencyIds.Contains(receivingId) && !client.AgencyIds.Contains(request.DecidingAgencyId))
        {
            throw new ForbiddenAccessException($"Client {client.Name} acts for neither the receiving nor the deciding agency.");
        }

        var citizenId = request.Applicant.CitizenId.Trim();
        var applicantId = await applicants.ForCitizenIdAsync(citizenId, cancellationToken);
        var applicant = Actor.Applicant(applicantId, request.Applicant.FullName);
        var now = clock.GetUtcNow();
        var content = version.Content;
        var specialistShare = Domain.Procedures.WorkflowStep.SpecialistShareOf(content.Steps);
        var dossier = Dossier.StartDraft(version.ProcedureId, version.Id, content.TimeLimit, content.Form, content.Documents, specialistShare,
            request.DecidingAgencyId, receivingId, applicant, citizenId, Channel.Online, now, paymentTerms: PaymentTerms.Of(content), serviceLevel: content.ServiceLevel);
        dossier.RecordSource(client.Source);
        dossier.SaveDraft(applicant, now, request.FormData);
        foreach (var (file, index) in (request.Attachments ?? []).Select((f, i) => (f, i)))
        {
            await AttachAsync(client.Id, dossier, applicant, now, file, index, cancellationToken);
        }

        dossier.Submit(applicant, now, TrackingNumbers.New());
        db.Dossiers.Add(dossier);
        if (hash is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { UserId = client.Id, Key = request.IdempotencyKey!, RequestHash = hash, ResourceId = dossier.Id, CreatedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (hash is not null)
        {
            // A concurrent first try with the same key won the unique index: answer what it produced.
            db.DiscardChanges();
            var replay = await IdempotencyKeys.EarlierResultAsync(db, client.Id, request.IdempotencyKey!, hash, cancellationToken);
            return replay is { } id ? await LoadAsync(id, cancellationToken) : throw new InvalidOperationException("The idempotent save failed without an earlier result.");
        }

        return mapper.Map<DossierDto>(dossier);
    }

    private async Task AttachAsync(Guid clientId, Dossier dossier, Actor applicant, DateTimeOffset now, IngestedAttachment file, int index, CancellationToken cancellationToken)
    {
        // Only this client's own upload, still staged, is named by the hash: the shared store is never searched on its behalf.
        var notUploaded = new RequestValidationException([new FluentValidation.Results.ValidationFailure($"attachments[{index}].sha256",
            Localized.Text("Không có tệp nào bạn đã tải lên với mã băm này (trong 24 giờ qua); tải tệp lên trước.",
                "You uploaded no file with this hash (in the last 24 hours); upload the file first."))]);
        var staged = await db.StagedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.OwnerId == clientId && f.Sha256 == file.Sha256, cancellationToken);
        if (staged is null || !staged.IsUsableBy(clientId, now))
        {
            throw notUploaded;
        }

        await using var stored = await files.OpenAsync(file.Sha256, cancellationToken) ?? throw notUploaded;
        var kind = FileInspection.Detect(stored)
            ?? throw new RequestValidationException([new FluentValidation.Results.ValidationFailure($"attachments[{index}].sha256",
                Localized.Text("Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX.", "Only PDF, JPEG, PNG or DOCX files are accepted."))]);
        dossier.AttachFile(applicant, now, FileInspection.SafeName(file.FileName, kind), FileInspection.MediaType(kind), stored.Length, file.Sha256,
            file.DocumentName, uploads.Value.MaxDossierBytes);
    }

    private async Task<DossierDto> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        mapper.Map<DossierDto>(await db.Dossiers.AsNoTracking().WithParts().SingleAsync(d => d.Id == id, cancellationToken));
}
