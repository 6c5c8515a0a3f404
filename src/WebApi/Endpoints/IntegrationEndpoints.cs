using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Integrations.Dossiers;
using HanoiDvc.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>What integrators do with dossiers: read those of their agencies, submit on an applicant's behalf, report status.</summary>
internal static class IntegrationEndpoints
{
    public static void MapIntegrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/integrations").WithTags("Integrations")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/dossiers", GetIntegrationDossiers).WithName(nameof(GetIntegrationDossiers))
            .RequireAuthorization(Policies.DossiersRead)
            .WithSummary("Dossiers of the integrator's agencies, newest submission first")
            .WithDescription("Scope `dossiers:read`. Only dossiers that an agency of the client receives, decides or holds; never online drafts.");
        group.MapGet("/dossiers/{id:guid}", GetIntegrationDossier).WithName(nameof(GetIntegrationDossier))
            .RequireAuthorization(Policies.DossiersRead)
            .WithSummary("A dossier of one of the integrator's agencies")
            .WithDescription("Scope `dossiers:read`. Answers an `ETag`; send it back as `If-None-Match` for a 304, or as `If-Match` on a status report. Any other dossier is a 404.")
            .WithDossierEntityTag()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/files", UploadIntegrationFile).WithName(nameof(UploadIntegrationFile))
            .RequireAuthorization(Policies.DossiersWrite)
            .WithSummary("Upload a file to name in a dossier submitted by ingestion")
            .WithDescription("Scope `dossiers:write`. Multipart with one `file` (PDF, JPEG, PNG or DOCX, judged by content). Answers the SHA-256 to put in `attachments[].sha256`; an unreferenced upload is removed after a day.")
            .AcceptsFileUpload(app)
            .Accepts<IFormFile>("multipart/form-data");
        group.MapPost("/dossiers", IngestDossier).WithName(nameof(IngestDossier))
            .RequireAuthorization(Policies.DossiersWrite)
            .WithSummary("Submit a dossier on behalf of an applicant (ingestion)")
            .WithDescription("Scope `dossiers:write`. The procedure's deciding or receiving agency must be one the client acts for. The dossier is submitted at once "
                + "(status `Submitted`, a tracking number) with source `Integration:<client name>`. Send an `Idempotency-Key` header (8–100 characters `A-Za-z0-9._:-`): "
                + "a retry with the same key and body answers the same dossier (201); the same key with another body is a 422 `idempotency.key_reused`.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/dossiers/{id:guid}/status", ReportExternalStatus).WithName(nameof(ReportExternalStatus))
            .RequireAuthorization(Policies.DossiersWrite)
            .WithSummary("Report the status of a dossier processed on the integrator's own system")
            .WithDescription("Scope `dossiers:write`; only for dossiers this client submitted. `Received` (gives the code and due date), `NotReceived` (with `reasons`), "
                + "`SupplementRequested` (with `missing`), `InProcessing`, `Approved`, `Refused` (with `reasons`) and `ResultReturned` (with `channel`) map to the workflow's "
                + "transitions; skipped steps are passed through in order. A transition the dossier's state does not allow is a 409 `dossier.invalid_transition`. "
                + "Send `If-Match` with the dossier's `ETag` to refuse the report if the dossier changed meanwhile (412).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="status">Only this state.</param>
    /// <param name="submittedSince">Only dossiers submitted at or after this instant (ISO 8601).</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<DossierSummaryDto>>> GetIntegrationDossiers(
        IMediator mediator, DossierStatus? status, DateTimeOffset? submittedSince, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetIntegrationDossiers(status, submittedSince, page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Ok<DossierDto>> GetIntegrationDossier(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetIntegrationDossier(id), cancellationToken));

    public static async Task<Ok<IntegrationFileDto>> UploadIntegrationFile(IMediator mediator, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        return TypedResults.Ok(await mediator.Send(new UploadIntegrationFile(content, file?.FileName), cancellationToken));
    }

    public static async Task<Created<DossierDto>> IngestDossier(
        IMediator mediator, IngestDossierInput body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken)
    {
        var dossier = await mediator.Send(
            new IngestDossier(body.ProcedureId, body.DecidingAgencyId, body.ReceivingAgencyId, body.Applicant, body.FormData, body.Attachments, idempotencyKey), cancellationToken);
        return TypedResults.Created($"/api/v1/integrations/dossiers/{dossier.Id}", dossier);
    }

    public static async Task<Ok<DossierDto>> ReportExternalStatus(IMediator mediator, Guid id, StatusReportInput body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReportExternalStatus(id, body.Status, body.Reasons, body.Missing, body.Channel, body.Comment, body.CommentAudience), cancellationToken));

    /// <summary>A dossier submitted by an integrator.</summary>
    /// <param name="ProcedureId">The procedure (its current published version is used).</param>
    /// <param name="DecidingAgencyId">The agency that decides.</param>
    /// <param name="ReceivingAgencyId">Where it is received; null for the deciding agency.</param>
    /// <param name="Applicant">The person it is submitted for.</param>
    /// <param name="FormData">The form's values by field key (see the procedure's form).</param>
    /// <param name="Attachments">Files uploaded before, one per required document.</param>
    public sealed record IngestDossierInput(
        Guid ProcedureId, Guid DecidingAgencyId, Guid? ReceivingAgencyId, IngestedApplicant Applicant,
        IReadOnlyDictionary<string, string?> FormData, IReadOnlyList<IngestedAttachment>? Attachments);

    /// <summary>A status reported by the system that processes the dossier.</summary>
    /// <param name="Status">The new status.</param>
    /// <param name="Reasons">Required for NotReceived and Refused.</param>
    /// <param name="Missing">Required for SupplementRequested: everything missing, one item each.</param>
    /// <param name="Channel">For ResultReturned: how the result was handed over (default InPerson).</param>
    /// <param name="Comment">A note for the processing record.</param>
    /// <param name="CommentAudience">Who may read the note: Internal (officials only) or Applicant; required with a note.</param>
    public sealed record StatusReportInput(ExternalStatus Status, string? Reasons, IReadOnlyList<string>? Missing, Channel? Channel, string? Comment, CommentAudience? CommentAudience = null);
}
