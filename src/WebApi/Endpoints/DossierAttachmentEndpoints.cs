using HanoiDvc.Application.Dossiers.Commands.AttachFile;
using HanoiDvc.Application.Dossiers.Commands.RemoveFile;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Dossiers.Queries.GetAttachment;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// Files attached to a dossier: upload (multipart, checked by content), remove, download. Contents come from the file
/// store only, never from wwwroot, and are always sent as a download.
/// </summary>
internal static class DossierAttachmentEndpoints
{
    public static void MapDossierAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var attachments = app.MapGroup("/api/v1/dossiers/{id:guid}/attachments").WithTags("Dossiers").RequireAuthorization(Policies.Authenticated)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        attachments.MapPost("/", AttachFile).WithName(nameof(AttachFile))
            .WithSummary("Attach a PDF, JPEG, PNG or DOCX file (multipart field 'file', optional 'documentName')")
            .WithDescription("The applicant (draft or supplement) or the desk. The file is checked by its content (magic bytes, not the name or declared type), size (10 "
                + "MB per file, 50 MB per dossier by default) and name; the answer gives its SHA-256. `documentName` ties it to one of the procedure's required"
                + " documents.")
            .AcceptsFileUpload(app)
            .ProducesProblem(StatusCodes.Status409Conflict);
        attachments.MapDelete("/{attachmentId:guid}", RemoveFile).WithName(nameof(RemoveFile))
            .WithSummary("Remove an attached file")
            .WithDescription("The applicant (or the desk), while the dossier is a `Draft` or `SupplementRequested`; otherwise 409 `dossier.invalid_transition`.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        attachments.MapGet("/{attachmentId:guid}", GetAttachment).WithName(nameof(GetAttachment))
            .WithSummary("Download an attached file")
            .WithDescription("The applicant and the officials of the handling agencies. Sent with its original name and media type, `X-Content-Type-Options: nosniff`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="file">The file: PDF, JPEG, PNG or DOCX, recognised by its content.</param>
    /// <param name="documentName">Which required document of the procedure the file is for.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<DossierAttachmentDto>> AttachFile(
        IMediator mediator, Guid id, IFormFile? file, [FromForm] string? documentName, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var attachment = await mediator.Send(new AttachFile(id, content!, file?.FileName, documentName), cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{id}/attachments/{attachment.Id}", attachment);
    }

    public static async Task<Ok<DossierDto>> RemoveFile(IMediator mediator, Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RemoveFile(id, attachmentId), cancellationToken));

    public static async Task<FileStreamHttpResult> GetAttachment(HttpContext context, IMediator mediator, Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var download = await mediator.Send(new GetAttachment(id, attachmentId), cancellationToken);
        return UploadedFileDownloads.Send(context, download);
    }
}
