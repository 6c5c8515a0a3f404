using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Dossiers.Commands.ApproveDossier;
using HanoiDvc.Application.Dossiers.Commands.AssignDossier;
using HanoiDvc.Application.Dossiers.Commands.ForwardDossier;
using HanoiDvc.Application.Dossiers.Commands.IssueApology;
using HanoiDvc.Application.Dossiers.Commands.ProvideSupplement;
using HanoiDvc.Application.Dossiers.Commands.RateDossier;
using HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;
using HanoiDvc.Application.Dossiers.Commands.ReceiveWalkInDossier;
using HanoiDvc.Application.Dossiers.Commands.RefuseDossier;
using HanoiDvc.Application.Dossiers.Commands.RejectAtReception;
using HanoiDvc.Application.Dossiers.Commands.RequestSupplement;
using HanoiDvc.Application.Dossiers.Commands.ReturnResult;
using HanoiDvc.Application.Dossiers.Commands.ReturnToSpecialist;
using HanoiDvc.Application.Dossiers.Commands.SaveDraft;
using HanoiDvc.Application.Dossiers.Commands.StartDossier;
using HanoiDvc.Application.Dossiers.Commands.StopProcessing;
using HanoiDvc.Application.Dossiers.Commands.SubmitDossier;
using HanoiDvc.Application.Dossiers.Commands.SubmitForApproval;
using HanoiDvc.Application.Dossiers.Commands.WithdrawDossier;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Documents;
using HanoiDvc.Application.Dossiers.Queries.GetDossier;
using HanoiDvc.Application.Dossiers.Queries.GetDossierDocument;
using HanoiDvc.Application.Dossiers.Queries.GetAssignees;
using HanoiDvc.Application.Dossiers.Queries.GetInbox;
using HanoiDvc.Application.Dossiers.Queries.GetInboxCounts;
using HanoiDvc.Application.Dossiers.Queries.GetMyDossiers;
using HanoiDvc.Application.Dossiers.Queries.LookupDossier;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.WebApi.Security;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The dossier workflow: applicants start and submit, the desk receives, specialists process, leaders decide.</summary>
internal static class DossierEndpoints
{
    public static void MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/v1/dossiers").WithTags("Dossiers").RequireAuthorization(Policies.Authenticated)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        dossiers.MapPost("/", StartDossier).WithName(nameof(StartDossier)).WithSummary("Start a draft dossier for a procedure");
        dossiers.MapPost("/walk-in", ReceiveWalkInDossier).WithName(nameof(ReceiveWalkInDossier))
            .WithSummary("The desk enters a paper dossier brought in person or by post and receives it at once (code, due date)");
        dossiers.MapGet("/mine", GetMyDossiers).WithName(nameof(GetMyDossiers)).WithSummary("The signed-in applicant's dossiers");
        dossiers.MapGet("/inbox", GetInbox).WithName(nameof(GetInbox)).WithSummary("The official's inbox, earliest due first (or as sorted), with working days left");
        dossiers.MapGet("/inbox/counts", GetInboxCounts).WithName(nameof(GetInboxCounts)).WithSummary("How many dossiers each inbox tab holds");
        dossiers.MapGet("/assignees", GetAssignees).WithName(nameof(GetAssignees)).WithSummary("The active Specialists of the caller's agency, whom a dossier can be assigned to");
        dossiers.MapGet("/{id:guid}", GetDossier).WithName(nameof(GetDossier)).WithSummary("A dossier with its timeline")
            .WithDescription("Answers an `ETag` (the dossier's row version): send it as `If-None-Match` for a 304, or as `If-Match` on a change to refuse it (412) if the dossier changed since.")
            .WithDossierEntityTag();
        dossiers.MapGet("/{id:guid}/documents/{kind}", GetDossierDocument).WithName(nameof(GetDossierDocument))
            .WithSummary("A form as PDF: Receipt (01), SupplementRequest (02), Rejection (03) or Apology (04)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        dossiers.MapPut("/{id:guid}/draft", SaveDraft).WithName(nameof(SaveDraft))
            .WithSummary("Save the draft's form values (autosave; the draft may be incomplete)");
        dossiers.MapPost("/{id:guid}/submit", SubmitDossier).WithName(nameof(SubmitDossier))
            .WithSummary("Submit online (send an Idempotency-Key header to make retries safe)")
            .RequireRateLimiting(RateLimitingSetup.SubmissionPolicy).ProducesProblem(StatusCodes.Status429TooManyRequests);

        MapTransition<WithdrawInput>(dossiers, "withdraw", nameof(WithdrawDossier), "Withdraw on the applicant's request", (id, b) => new WithdrawDossier(id, b.Reason));
        MapTransition<NoteInput>(dossiers, "receive", nameof(ReceiveDossier), "Receive at the one-stop desk (gives the code and the due date)", (id, b) => new ReceiveDossier(id, b.Comment));
        MapTransition<ReasonsInput>(dossiers, "reject", nameof(RejectAtReception), "Refuse to receive, with reasons (form 03)", (id, b) => new RejectAtReception(id, b.Reasons));
        MapTransition<SupplementRequestInput>(dossiers, "request-supplement", nameof(RequestSupplement), "Ask once for everything missing (form 02); the clock pauses", (id, b) => new RequestSupplement(id, b.Missing));
        MapTransition<SupplementInput>(dossiers, "provide-supplement", nameof(ProvideSupplement), "Provide what was missing; the clock resumes", (id, b) => new ProvideSupplement(id, b.FormData, b.Comment));
        MapTransition<AssignInput>(dossiers, "assign", nameof(AssignDossier), "Assign to a specialist", (id, b) => new AssignDossier(id, b.AssigneeId, b.Comment));
        MapTransition<ForwardInput>(dossiers, "forward", nameof(ForwardDossier), "Forward to another agency for an inter-agency step", (id, b) => new ForwardDossier(id, b.ToAgencyId, b.StepDeadline, b.AssigneeId, b.Comment));
        MapTransition<NoteInput>(dossiers, "submit-for-approval", nameof(SubmitForApproval), "Submit the draft result for approval", (id, b) => new SubmitForApproval(id, b.Comment));
        MapTransition<NoteInput>(dossiers, "approve", nameof(ApproveDossier), "Approve the result", (id, b) => new ApproveDossier(id, b.Comment));
        MapTransition<CommentInput>(dossiers, "return-to-specialist", nameof(ReturnToSpecialist), "Send back to the specialist with a comment", (id, b) => new ReturnToSpecialist(id, b.Comment));
        MapTransition<ReasonsInput>(dossiers, "refuse", nameof(RefuseDossier), "Refuse, with reasons", (id, b) => new RefuseDossier(id, b.Reasons));
        MapTransition<ReasonsInput>(dossiers, "stop", nameof(StopProcessing), "Stop the processing, with reasons", (id, b) => new StopProcessing(id, b.Reasons));
        MapTransition<ApologyInput>(dossiers, "apologise", nameof(IssueApology), "Apologise with a new appointment (form 04)", (id, b) => new IssueApology(id, b.NewAppointmentAt, b.Reason));
        MapTransition<RatingInput>(dossiers, "rating", nameof(RateDossier), "Rate how the finished dossier was handled (applicant, once)", (id, b) => new RateDossier(id, b.Level, b.Comment));
        MapTransition<ReturnInput>(dossiers, "return-result", nameof(ReturnResult), "Return the result to the applicant", (id, b) => new ReturnResult(id, b.Channel, b.Comment));

        app.MapGet("/api/v1/dossier-lookup", LookupDossier).WithTags("Dossiers").AllowAnonymous()
            .WithName(nameof(LookupDossier)).WithSummary("Public lookup by dossier code (or tracking number) and citizen ID")
            .WithDescription("Rate-limited per client address; after repeated failed lookups for one citizen ID from one address, "
                + "that citizen ID is refused from there for a while (429 `rate_limit.lookup_locked`, with Retry-After).")
            .RequireRateLimiting(RateLimitingSetup.LookupPolicy).AddEndpointFilter<LookupLockFilter>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static async Task<Created<DossierDto>> StartDossier(IMediator mediator, StartDossier command, CancellationToken cancellationToken)
    {
        var dossier = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{dossier.Id}", dossier);
    }

    public static async Task<Created<DossierDto>> ReceiveWalkInDossier(IMediator mediator, ReceiveWalkInDossier command, CancellationToken cancellationToken)
    {
        var dossier = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{dossier.Id}", dossier);
    }

    public static async Task<Ok<DossierDto>> SaveDraft(IMediator mediator, Guid id, DraftInput body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveDraft(id, body.FormData), cancellationToken));

    public static async Task<Ok<DossierDto>> SubmitDossier(
        IMediator mediator, Guid id, SubmitInput body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SubmitDossier(id, body.FormData, idempotencyKey), cancellationToken));

    public static async Task<Ok<DossierDto>> GetDossier(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetDossier(id), cancellationToken));

    public static async Task<FileContentHttpResult> GetDossierDocument(IMediator mediator, Guid id, DossierDocumentKind kind, CancellationToken cancellationToken)
    {
        var pdf = await mediator.Send(new GetDossierDocument(id, kind), cancellationToken);
        return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
    }

    public static async Task<Ok<PagedList<DossierSummaryDto>>> GetMyDossiers(IMediator mediator, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyDossiers(page ?? 1, pageSize ?? 20), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="status">Only these states (repeat the parameter for several).</param>
    /// <param name="assignedToMe">Only dossiers assigned to me.</param>
    /// <param name="dueWithinWorkingDays">Only dossiers not yet overdue and due within this many working days.</param>
    /// <param name="overdue">Only dossiers past their due date.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Items per page, 1–100.</param>
    /// <param name="sort">DueAt (default), DueAtDescending, SubmittedAt or SubmittedAtDescending.</param>
    /// <param name="q">A dossier code or tracking number (exact), or part of the applicant's name.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<DossierSummaryDto>>> GetInbox(
        IMediator mediator, DossierStatus[]? status, bool? assignedToMe, int? dueWithinWorkingDays, bool? overdue, int? page, int? pageSize,
        InboxSort? sort, string? q, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetInbox(status, assignedToMe ?? false, dueWithinWorkingDays, overdue ?? false, page ?? 1, pageSize ?? 20, sort ?? InboxSort.DueAt, q), cancellationToken));

    public static async Task<Ok<InboxCountsDto>> GetInboxCounts(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetInboxCounts(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<AssigneeDto>>> GetAssignees(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAssignees(), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="code">Dossier code (e.g. 000.00.12.H26-260302-0001) or tracking number.</param>
    /// <param name="citizenId">The applicant's 12-digit citizen ID.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<DossierLookupDto>> LookupDossier(IMediator mediator, string code, string citizenId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new LookupDossier(code, citizenId), cancellationToken));

    private static void MapTransition<TBody>(RouteGroupBuilder group, string action, string name, string summary, Func<Guid, TBody, IRequest<DossierDto>> command) =>
        group.MapPost($"/{{id:guid}}/{action}", async Task<Ok<DossierDto>> (IMediator mediator, Guid id, TBody body, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(command(id, body), cancellationToken)))
            .WithName(name).WithSummary(summary);

    /// <summary>Body of a draft save: the form values so far.</summary>
    public sealed record DraftInput(IReadOnlyDictionary<string, string?> FormData);

    /// <summary>Body of a submission.</summary>
    public sealed record SubmitInput(IReadOnlyDictionary<string, string?>? FormData);

    /// <summary>An optional note.</summary>
    public sealed record NoteInput(string? Comment);

    /// <summary>A required comment.</summary>
    public sealed record CommentInput(string Comment);

    /// <summary>Required reasons.</summary>
    public sealed record ReasonsInput(string Reasons);

    /// <summary>A satisfaction rating: VerySatisfied, Satisfied or Unsatisfied, with an optional comment.</summary>
    public sealed record RatingInput(Satisfaction Level, string? Comment);

    /// <summary>A withdrawal; the reason is required after reception.</summary>
    public sealed record WithdrawInput(string? Reason);

    /// <summary>Everything missing, listed at once.</summary>
    public sealed record SupplementRequestInput(IReadOnlyList<string> Missing);

    /// <summary>The supplemented form values.</summary>
    public sealed record SupplementInput(IReadOnlyDictionary<string, string?>? FormData, string? Comment);

    /// <summary>The specialist to assign.</summary>
    public sealed record AssignInput(Guid AssigneeId, string? Comment);

    /// <summary>An inter-agency step.</summary>
    public sealed record ForwardInput(Guid ToAgencyId, DateTimeOffset StepDeadline, Guid? AssigneeId, string? Comment);

    /// <summary>An apology with a new appointment.</summary>
    public sealed record ApologyInput(DateTimeOffset NewAppointmentAt, string Reason);

    /// <summary>How the result is returned.</summary>
    public sealed record ReturnInput(Channel Channel, string? Comment);
}
