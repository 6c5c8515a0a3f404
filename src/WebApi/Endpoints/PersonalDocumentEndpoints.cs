using HanoiDvc.Application.Dossiers.Commands.AttachFromStore;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.PersonalDocuments.Commands.EditPersonalDocument;
using HanoiDvc.Application.PersonalDocuments.Commands.RemovePersonalDocument;
using HanoiDvc.Application.PersonalDocuments.Commands.UploadPersonalDocument;
using HanoiDvc.Application.PersonalDocuments.Common;
using HanoiDvc.Application.PersonalDocuments.Queries.GetMyDocumentContent;
using HanoiDvc.Application.PersonalDocuments.Queries.GetMyDocuments;
using HanoiDvc.Domain.PersonalDocuments;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// The applicant's own document store (kho dữ liệu cá nhân): what they uploaded, what an agency accepted from them or issued
/// to them; and attaching one of them to a dossier by reference. Every route answers for the caller's own documents only.
/// </summary>
internal static class PersonalDocumentEndpoints
{
    public static void MapPersonalDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/me/documents").WithTags("My documents").RequireAuthorization(Policies.Authenticated)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        documents.MapGet("/", GetMyDocuments).WithName(nameof(GetMyDocuments))
            .WithSummary("The documents of my store, newest first")
            .WithDescription("Citizens and organisations. Each names its origin (uploaded; accepted with dossier X by agency Y; digitised at the desk; issued as the "
                + "result of dossier X), whether it has expired (then it is not offered when applying) and whether its owner may edit it. With `dossierId` (one of the "
                + "caller's dossiers), `matchesDocuments` lists the dossier's required documents it is, by name, ignoring case and Vietnamese diacritics.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapPost("/", UploadPersonalDocument).WithName(nameof(UploadPersonalDocument))
            .WithSummary("Add a document to my store (multipart field 'file' and its details)")
            .WithDescription("A PDF, JPEG, PNG or DOCX file checked by its content, as a dossier's attachment is, with `documentType` (required), `issuingBody`, `number`, "
                + "`issuedOn` and `validUntil` (dates `yyyy-MM-dd`).")
            .AcceptsFileUpload(app);
        documents.MapPut("/{documentId:guid}", EditPersonalDocument).WithName(nameof(EditPersonalDocument))
            .WithSummary("Edit the details of a document I uploaded")
            .WithDescription("Only the owner's own uploads: what an agency accepted or issued keeps its facts (409 `personal_document.not_editable`). Another user's document is 404.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        documents.MapDelete("/{documentId:guid}", RemovePersonalDocument).WithName(nameof(RemovePersonalDocument))
            .WithSummary("Remove a document from my store")
            .WithDescription("The dossiers that referenced it keep their files and still show where they came from. Another user's document is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{documentId:guid}/content", GetMyDocumentContent).WithName(nameof(GetMyDocumentContent))
            .WithSummary("Download a document of my store")
            .WithDescription("Its owner only (404 for anyone else; officials read it as the attachment of a dossier they handle). Sent as a download with `X-Content-Type-Options: nosniff`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/v1/dossiers/{id:guid}/attachments/from-store", AttachFromStore).WithName(nameof(AttachFromStore)).WithTags("Dossiers")
            .RequireAuthorization(Policies.Authenticated)
            .WithSummary("Attach a document of my store by reference, without uploading it again")
            .WithDescription("The applicant, on their own `Draft` (or `SupplementRequested`) dossier, with a document of their own store that has not expired. The "
                + "attachment shares the stored content and records where it came from; a document of someone else's store is a 400 on `personalDocumentId`.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="dossierId">Optionally, one of my dossiers whose required documents each document is matched against.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<IReadOnlyList<PersonalDocumentDto>>> GetMyDocuments(IMediator mediator, Guid? dossierId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyDocuments(dossierId), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="file">The file: PDF, JPEG, PNG or DOCX, recognised by its content.</param>
    /// <param name="documentType">What the paper is (e.g. "Giấy khai sinh").</param>
    /// <param name="issuingBody">Who issued it.</param>
    /// <param name="number">Its number and symbol.</param>
    /// <param name="issuedOn">When it was issued (yyyy-MM-dd).</param>
    /// <param name="validUntil">Its last valid day (yyyy-MM-dd), if it expires.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<PersonalDocumentDto>> UploadPersonalDocument(
        IMediator mediator, IFormFile? file, [FromForm] string? documentType, [FromForm] string? issuingBody, [FromForm] string? number,
        [FromForm] DateOnly? issuedOn, [FromForm] DateOnly? validUntil, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var details = new PersonalDocumentDetails(documentType!, issuingBody, number, issuedOn, validUntil);
        var document = await mediator.Send(new UploadPersonalDocument(content!, file?.FileName, details), cancellationToken);
        return TypedResults.Created($"/api/v1/me/documents/{document.Id}", document);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="documentId">The document.</param>
    /// <param name="body">Its new details.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PersonalDocumentDto>> EditPersonalDocument(IMediator mediator, Guid documentId, PersonalDocumentDetails body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EditPersonalDocument(documentId, body), cancellationToken));

    public static async Task<NoContent> RemovePersonalDocument(IMediator mediator, Guid documentId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemovePersonalDocument(documentId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<FileStreamHttpResult> GetMyDocumentContent(HttpContext context, IMediator mediator, Guid documentId, CancellationToken cancellationToken) =>
        UploadedFileDownloads.Send(context, await mediator.Send(new GetMyDocumentContent(documentId), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="body">The document of my store and the required document it is given for.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<DossierAttachmentDto>> AttachFromStore(IMediator mediator, Guid id, AttachFromStoreRequest body, CancellationToken cancellationToken)
    {
        var attachment = await mediator.Send(new AttachFromStore(id, body.PersonalDocumentId, body.DocumentName), cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{id}/attachments/{attachment.Id}", attachment);
    }
}

/// <summary>A document of my store to attach to a dossier.</summary>
/// <param name="PersonalDocumentId">The document of my store.</param>
/// <param name="DocumentName">Which required document of the procedure it is given for.</param>
public sealed record AttachFromStoreRequest(Guid PersonalDocumentId, string? DocumentName);
