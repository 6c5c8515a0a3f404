using HanoiDvc.Application.Dossiers.Commands.DigitisePaper;
using HanoiDvc.Application.Dossiers.Commands.DigitiseResult;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Dossiers.Queries.GetDigitisedCopy;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// Digitising at the desk (số hóa, Nghị định 61/2018/NĐ-CP as amended by Nghị định 107/2021/NĐ-CP; Thông tư 01/2023/TT-VPCP):
/// the scan of a received paper or of the paper result, with its metadata, in one multipart request; and the scan's download.
/// </summary>
internal static class DigitisationEndpoints
{
    private const string Fields = "Multipart fields: `file` (PDF, JPEG or PNG, checked by content), `documentName`, `issuingBody` (cơ quan ban hành), "
        + "`number` (số, ký hiệu; optional), `issuedOn` and `validUntil` (optional) as `yyyy-MM-dd`. Bad fields answer 400 with their names.";

    public static void MapDigitisationEndpoints(this IEndpointRouteBuilder app)
    {
        var dossier = app.MapGroup("/api/v1/dossiers/{id:guid}").WithTags("Dossiers").RequireAuthorization(Policies.Authenticated)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        dossier.MapPost("/digitised-papers", DigitisePaper).WithName(nameof(DigitisePaper))
            .WithSummary("Record the digitised copy of a paper received with the dossier")
            .WithDescription("A Receptionist of the receiving agency, once the dossier is received and while it is not closed (operation `DigitisePaper` in "
                + "`allowedActions`). `documentName` is one of `papersLeftToDigitise`; when the last one is digitised, `documentsDigitisedAt` is set. "
                + Fields + " 409 `dossier.paper_already_digitised`, `dossier.nothing_to_digitise`, `dossier.invalid_transition`.")
            .AcceptsFileUpload(app)
            .ProducesProblem(StatusCodes.Status409Conflict);
        dossier.MapPost("/digitised-result", DigitiseResult).WithName(nameof(DigitiseResult))
            .WithSummary("Record the digitised copy of the result issued on paper")
            .WithDescription("A Receptionist of the receiving agency, once the dossier is decided and before its result is returned (operation `DigitiseResult`); sets `resultDigitisedAt`. "
                + "`documentName` is the result's document type. " + Fields + " 409 `dossier.result_electronic` (an electronic result was issued), "
                + "`dossier.result_already_digitised`, `dossier.invalid_transition`.")
            .AcceptsFileUpload(app)
            .ProducesProblem(StatusCodes.Status409Conflict);
        dossier.MapGet("/digitised-copies/{copyId:guid}", GetDigitisedCopy).WithName(nameof(GetDigitisedCopy))
            .WithSummary("Download the scan of a digitised copy")
            .WithDescription("The applicant and the officials of the agencies handling the dossier, as for its attachments; 404 for anyone else.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="file">The scan: PDF, JPEG or PNG.</param>
    /// <param name="paper">The paper's metadata.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<DossierDto>> DigitisePaper(IMediator mediator, Guid id, IFormFile? file, [FromForm] DigitisedPaperInput paper, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        return TypedResults.Ok(await mediator.Send(
            new DigitisePaper(id, content!, file?.FileName, paper.DocumentName, paper.IssuingBody, paper.Number, paper.IssuedOn, paper.ValidUntil), cancellationToken));
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="file">The scan: PDF, JPEG or PNG.</param>
    /// <param name="paper">The result's metadata (<c>documentName</c>: its document type).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<DossierDto>> DigitiseResult(IMediator mediator, Guid id, IFormFile? file, [FromForm] DigitisedPaperInput paper, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        return TypedResults.Ok(await mediator.Send(
            new DigitiseResult(id, content!, file?.FileName, paper.DocumentName, paper.IssuingBody, paper.Number, paper.IssuedOn, paper.ValidUntil), cancellationToken));
    }

    public static async Task<FileStreamHttpResult> GetDigitisedCopy(HttpContext context, IMediator mediator, Guid id, Guid copyId, CancellationToken cancellationToken) =>
        UploadedFileDownloads.Send(context, await mediator.Send(new GetDigitisedCopy(id, copyId), cancellationToken));

    /// <summary>The metadata fields sent with a scan (dates as <c>yyyy-MM-dd</c>).</summary>
    public sealed record DigitisedPaperInput
    {
        public string? DocumentName { get; init; }

        public string? IssuingBody { get; init; }

        public string? Number { get; init; }

        public string? IssuedOn { get; init; }

        public string? ValidUntil { get; init; }
    }
}
