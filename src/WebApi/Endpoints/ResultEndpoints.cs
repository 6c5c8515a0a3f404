using HanoiDvc.Application.Dossiers.Commands.GenerateResult;
using HanoiDvc.Application.Dossiers.Commands.IssueResult;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Dossiers.Queries.GetResult;
using HanoiDvc.Application.Dossiers.Queries.GetResultVerificationSheet;
using HanoiDvc.Application.Results;
using HanoiDvc.Application.Results.Queries.CompareResultFile;
using HanoiDvc.Application.Results.Queries.VerifyResult;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// Electronic results (level 4): the leader uploads or generates the result, officials and (once released) the applicant
/// download it with its verification sheet, and anyone checks a code or a file on the public verification endpoints.
/// </summary>
internal static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder app)
    {
        var result = app.MapGroup("/api/v1/dossiers/{id:guid}/result").WithTags("Results").RequireAuthorization(Policies.Authenticated)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        result.MapPost("/", IssueResult).WithName(nameof(IssueResult))
            .WithSummary("Attach the signed result as a PDF (multipart field 'file', optional 'documentType'); level 4 only")
            .WithDescription("A Leader of the deciding agency, once the dossier is resolved. The PDF (checked by content, ≤ 10 MB) becomes the electronic result with a "
                + "verification code; it is released to the applicant when the result is returned online.")
            .AcceptsFileUpload(app)
            .ProducesProblem(StatusCodes.Status409Conflict);
        result.MapPost("/generate", GenerateResult).WithName(nameof(GenerateResult))
            .WithSummary("Generate the result from the procedure's template, with its verification code and QR code; level 4 only")
            .WithDescription("A Leader of the deciding agency, once the dossier is resolved: draws the result document from the procedure's template and the dossier's "
                + "data, with a verification code and a QR code of the public verification page.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        result.MapGet("/", GetResult).WithName(nameof(GetResult))
            .WithSummary("Download the electronic result (officials of the handling agencies; the applicant once it is returned)")
            .WithDescription("The PDF with its original name; the applicant gets it only after `return-result` with channel `Online`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        result.MapGet("/verification-sheet", GetResultVerificationSheet).WithName(nameof(GetResultVerificationSheet))
            .WithSummary("The result's verification sheet as PDF: code, QR code of the verification page, SHA-256")
            .WithDescription("The applicant (after return) and the officials of the handling agencies: a one-page sheet to print with a paper copy of the result.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        var verify = app.MapGroup("/api/v1/results/verify").WithTags("Results").AllowAnonymous()
            .RequireRateLimiting(RateLimitingSetup.PublicCheckPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        verify.MapGet("/{code}", VerifyResult).WithName(nameof(VerifyResult))
            .WithSummary("Public check of a result by its verification code: issuer, type, date, masked applicant, SHA-256, status")
            .WithDescription("Anonymous. The code printed on a result (dashes and case ignored). Answers who issued what and when, the applicant's name masked, the file's"
                + " SHA-256 and whether it is valid or revoked; an unknown code is a 404. Rate-limited per client IP.");
        verify.MapPost("/{code}", CompareResultFile).WithName(nameof(CompareResultFile))
            .WithSummary("Public check of a file (multipart field 'file') against the result of a code: byte-identical or not")
            .WithDescription("Anonymous. Compares the SHA-256 of the uploaded file with the issued result's; `matches` is true only for an identical file. Rate-limited "
                + "per client IP.")
            .AcceptsFileUpload(app);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="file">The signed result, a PDF recognised by its content.</param>
    /// <param name="documentType">What the document is; the procedure's name when omitted.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<ResultDocumentDto>> IssueResult(
        IMediator mediator, Guid id, IFormFile? file, [FromForm] string? documentType, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        var issued = await mediator.Send(new IssueResult(id, content!, file?.FileName, documentType), cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{id}/result", issued);
    }

    public static async Task<Created<ResultDocumentDto>> GenerateResult(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        var issued = await mediator.Send(new GenerateResult(id), cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{id}/result", issued);
    }

    public static async Task<FileStreamHttpResult> GetResult(HttpContext context, IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        var download = await mediator.Send(new GetResult(id), cancellationToken);
        return UploadedFileDownloads.Send(context, download);
    }

    public static async Task<FileContentHttpResult> GetResultVerificationSheet(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        var pdf = await mediator.Send(new GetResultVerificationSheet(id), cancellationToken);
        return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="code">The verification code, with or without dashes.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ResultVerificationDto>> VerifyResult(IMediator mediator, string code, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new VerifyResult(code), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="code">The verification code.</param>
    /// <param name="file">The file to compare; hashed, never stored.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ResultComparisonDto>> CompareResultFile(IMediator mediator, string code, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        return TypedResults.Ok(await mediator.Send(new CompareResultFile(code, content!), cancellationToken));
    }
}
