using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Integrations;
using MediatR;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Dossiers;

/// <summary>A stored upload, to be named by its hash in a dossier submitted by ingestion (within a day: unreferenced files are collected).</summary>
public sealed record IntegrationFileDto(string Sha256, string FileName, string MediaType, long Size);

/// <summary>An integrator uploads one file (PDF, JPEG, PNG or DOCX, by content) before submitting the dossier that names it.</summary>
[RequiresScope(IntegratorScopes.DossiersWrite)]
public sealed record UploadIntegrationFile(Stream Content, string? ClientFileName) : IRequest<IntegrationFileDto>;

internal sealed class UploadIntegrationFileHandler(IFileStore files, IOptions<UploadOptions> options) : IRequestHandler<UploadIntegrationFile, IntegrationFileDto>
{
    public async Task<IntegrationFileDto> Handle(UploadIntegrationFile request, CancellationToken cancellationToken)
    {
        await using var upload = await UploadBuffer.ReadAsync(request.Content, options.Value.MaxFileBytes, cancellationToken);
        var kind = FileInspection.Detect(upload.Content)
            ?? throw UploadBuffer.FileError(Localized.Text("Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX.", "Only PDF, JPEG, PNG or DOCX files are accepted."));
        upload.Content.Position = 0;
        var stored = await files.SaveAsync(upload.Content, cancellationToken);
        return new IntegrationFileDto(stored.Sha256, FileInspection.SafeName(request.ClientFileName, kind), FileInspection.MediaType(kind), stored.Length);
    }
}
