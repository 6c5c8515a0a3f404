using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Files;
using HanoiDvc.Domain.Integrations;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Dossiers;

/// <summary>A stored upload, to be named by its hash in a dossier this client submits by ingestion, within a day.</summary>
public sealed record IntegrationFileDto(string Sha256, string FileName, string MediaType, long Size);

/// <summary>
/// An integrator uploads one file (PDF, JPEG, PNG or DOCX, by content) before submitting the dossier that names it. The
/// upload is staged for this client alone: another client that learns the hash cannot name it.
/// </summary>
[RequiresScope(IntegratorScopes.DossiersWrite)]
public sealed record UploadIntegrationFile(Stream Content, string? ClientFileName) : IRequest<IntegrationFileDto>;

internal sealed class UploadIntegrationFileHandler(
    IFileStore files, IAppDbContext db, ICurrentUser user, TimeProvider clock, IOptions<UploadOptions> options, IOptions<IntegrationOptions> integration)
    : IRequestHandler<UploadIntegrationFile, IntegrationFileDto>
{
    public async Task<IntegrationFileDto> Handle(UploadIntegrationFile request, CancellationToken cancellationToken)
    {
        await using var upload = await UploadBuffer.ReadAsync(request.Content, options.Value.MaxFileBytes, cancellationToken);
        var kind = FileInspection.Detect(upload.Content)
            ?? throw UploadBuffer.FileError(Localized.Text("Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX.", "Only PDF, JPEG, PNG or DOCX files are accepted."));
        upload.Content.Position = 0;
        var stored = await files.SaveAsync(upload.Content, cancellationToken);
        await StageAsync(user.ClientId ?? throw new ForbiddenAccessException(), stored, cancellationToken);
        return new IntegrationFileDto(stored.Sha256, FileInspection.SafeName(request.ClientFileName, kind), FileInspection.MediaType(kind), stored.Length);
    }

    private async Task StageAsync(Guid clientId, StoredObject stored, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lifetime = integration.Value.StagedFileLifetime;
        var staged = await db.StagedFiles.SingleOrDefaultAsync(f => f.OwnerId == clientId && f.Sha256 == stored.Sha256, cancellationToken);
        if (staged is null)
        {
            db.StagedFiles.Add(StagedFile.Stage(clientId, stored.Sha256, stored.Length, now, lifetime));
        }
        else
        {
            staged.Renew(now, lifetime);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (staged is null)
        {
            // The same content uploaded twice at once by this client: the other upload staged it.
        }
    }
}
