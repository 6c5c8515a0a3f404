using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Dossiers.Commands.ApproveDossier;
using HanoiDvc.Application.Dossiers.Commands.AssignDossier;
using HanoiDvc.Application.Dossiers.Commands.ReassignDossier;
using HanoiDvc.Application.Dossiers.Commands.ForwardDossier;
using HanoiDvc.Application.Dossiers.Commands.IssueApology;
using HanoiDvc.Application.Dossiers.Commands.ProvideSupplement;
using HanoiDvc.Application.Dossiers.Commands.RateDossier;
using HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;
using HanoiDvc.Application.Dossiers.Commands.ReceiveWalkInDossier;
using HanoiDvc.Application.Dossiers.Commands.RefuseDossier;
using HanoiDvc.Application.Dossiers.Commands.RejectAtReception;
using HanoiDvc.Application.Dossiers.Commands.RequestSupplement;
using HanoiDvc.Application.Dossiers.Commands.RecordUncollectedResult;
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
using HanoiDvc.Application.Dossiers.Queries.GetApologySigners;
using HanoiDvc.Application.Dossiers.Queries.GetDossierRegister;
using HanoiDvc.Application.Dossiers.Queries.GetAssignees;
using HanoiDvc.Application.Dossiers.Queries.GetInbox;
using HanoiDvc.Application.Dossiers.Queries.GetInboxCounts;
using HanoiDvc.Application.Dossiers.Queries.GetMyDossiers;
using HanoiDvc.Application.Dossiers.Queries.LookupDossier;
using HanoiDvc.Domain.Dossiers;
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
        dossiers.MapPost("/", StartDossier).WithName(nameof(StartDossier)).WithSummary("Start a draft dossier for a procedure")
            .WithDescription("A citizen or organisation starts a draft on the published version of a listed procedure, for a deciding agency that handles it and a "
                + "receiving agency (defaults to the deciding one). The draft keeps that version even if the procedure changes later. Save form values with "
                + "`PUT .../draft`, attach files with `POST .../attachments`, then `submit`.");
        dossiers.MapPost("/walk-in", ReceiveWalkInDossier).WithName(nameof(ReceiveWalkInDossier))
            .WithSummary("The desk enters a paper dossier brought in person or by post and receives it at once (code, due date)")
            .WithDescription("Receptionist only. In one transaction: the dossier is created for the applicant (linked to their account when one has this citizen ID), "
                + "submitted through channel `InPerson` or `Post`, and received — code, due date, receipt. Bad input stores nothing and takes no number.");
        dossiers.MapGet("/mine", GetMyDossiers).WithName(nameof(GetMyDossiers)).WithSummary("The signed-in applicant's dossiers")
            .WithDescription("Citizens and organisations: their own dossiers, drafts included, newest first, paged (`page`, `pageSize` ≤ 100, `totalCount`, `totalPages`).");
        dossiers.MapGet("/inbox", GetInbox).WithName(nameof(GetInbox)).WithSummary("The official's inbox, earliest due first (or as sorted), with working days left")
            .WithDescription("Receptionist, Specialist, Leader: the open dossiers of the caller's agency (and those forwarded to it), filtered by status (repeat "
                + "`status`) or status group (`group`, as `statusGroup` on each dossier), assignment, due window or overdue, searched by `q`, sorted and paged. `workingDaysLeft` is counted on the agency's working "
                + "calendar (negative when overdue); `isOverdue` says whether the dossier is overdue now (its clock runs and the due instant passed; a dossier "
                + "waiting for a supplement is paused, a decided one no longer counts).");
        dossiers.MapGet("/inbox/counts", GetInboxCounts).WithName(nameof(GetInboxCounts)).WithSummary("How many dossiers each inbox tab holds")
            .WithDescription("Receptionist, Specialist, Leader: the counts behind the inbox tabs of the caller's agency — to receive, awaiting supplement, in processing, "
                + "awaiting approval, result to return, assigned to me, due within 2 working days, overdue.");
        dossiers.MapGet("/register", GetDossierRegister).WithName(nameof(GetDossierRegister))
            .WithSummary("The desk's register (Sổ theo dõi hồ sơ, form 06) for a period, as PDF or CSV")
            .WithDescription("Officials: the dossiers their own agency received from `from` to `to` (dates, at most 366 days), in the order received, with the "
                + "appointment, hand-over, decision and return. `format=Pdf` (default) prints form 06 of Thông tư 01/2018/TT-VPCP; `format=Csv` is for a spreadsheet "
                + "(texts that would run as formulas are kept as text). Another agency's register is a 404; a SystemAdmin names `agencyId`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        dossiers.MapGet("/assignees", GetAssignees).WithName(nameof(GetAssignees)).WithSummary("The active Specialists of the caller's agency, whom a dossier can be assigned to")
            .WithDescription("Receptionist or Leader: the Specialists of the caller's agency who are not locked out, by name.");
        dossiers.MapGet("/{id:guid}/apology-signers", GetApologySigners).WithName(nameof(GetApologySigners))
            .WithSummary("The leaders who may sign the dossier's Phiếu xin lỗi và hẹn lại ngày trả kết quả")
            .WithDescription("Receptionist or Leader: the active Leaders of the agencies that may be responsible for the delay (the deciding agency and those the dossier was forwarded to; "
                + "Nghị định 61/2018/NĐ-CP, Điều 19), the agency holding the dossier first: whom the desk names as `signerId` when it prepares the apology.");
        dossiers.MapGet("/{id:guid}", GetDossier).WithName(nameof(GetDossier)).WithSummary("A dossier with its timeline")
            .WithDescription("Answers an `ETag` (the dossier's row version): send it as `If-None-Match` for a 304, or as `If-Match` on a change to refuse it (412) if the dossier changed since.")
            .WithDossierEntityTag();
        dossiers.MapGet("/{id:guid}/documents/{kind}", GetDossierDocument).WithName(nameof(GetDossierDocument))
            .WithSummary("A form as PDF: Receipt (01), SupplementRequest (02), Rejection (03) or Apology (04)")
            .WithDescription("The applicant and the officials of the handling agencies. The PDF is drawn from the dossier's data in the shape of the official forms (A4, "
                + "QR code of the public lookup). A form the dossier has no occasion for yet (e.g. a receipt before reception) is a 404.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        dossiers.MapPut("/{id:guid}/draft", SaveDraft).WithName(nameof(SaveDraft))
            .WithSummary("Save the draft's form values (autosave; the draft may be incomplete)")
            .WithDescription("The applicant (or the desk for a walk-in draft). Values are stored as given; required fields and patterns are checked only at `submit`. Only"
                + " a `Draft` can be saved (otherwise 409).");
        dossiers.MapPost("/{id:guid}/submit", SubmitDossier).WithName(nameof(SubmitDossier))
            .WithSummary("Submit online (send an Idempotency-Key header to make retries safe)")
            .WithDescription("The applicant submits the draft: the form is checked against the procedure's fields (400 with `formData.<field>` errors) and the required "
                + "documents (`documents[i]`); the dossier gets a tracking number and waits for the desk. With an `Idempotency-Key` (8–100 characters), a retry"
                + " after a lost answer returns the same dossier instead of a 409; the same key with another body is a 422.")
            .RequireRateLimiting(RateLimitingSetup.SubmissionPolicy).ProducesProblem(StatusCodes.Status429TooManyRequests);

        MapTransition<WithdrawInput, WithdrawDossier>(dossiers, "withdraw", DossierAction.Withdraw, "Withdraw on the applicant's request",
            "The applicant (or the desk on their written request) withdraws the dossier; it is closed with the reason given, and a pending online payment is no longer due "
            + "(fees already paid are recorded as to be refunded). After reception the reason is required: without one, 422 `dossier.reason_required` with `errors.reason`. "
            + "The dossier's `withdrawal` says beforehand whether a reason is required and what is refunded (null when the status allows no withdrawal).",
            (id, b) => new WithdrawDossier(id, b.Reason));
        MapTransition<ReceiveInput, ReceiveDossier>(dossiers, "receive", DossierAction.Receive, "Receive at the one-stop desk (gives the code and the due date)",
            "The receiving agency's desk accepts a complete dossier: it gets its code `{agency code}-{yyMMdd}-{sequence}` (unique per agency and day), "
                + "the due date counted in working days on the agency's calendar from the procedure's time limit, and a receipt (form 01, `GET .../documents/Receipt`). "
                + "`receivedPapers` records what was handed in (name, `Original`/`Copy`/`CertifiedCopy`, count), printed on the receipt; without it the receipt lists the files attached online. "
                + "A level-4 dossier whose fees are due before reception is refused (409 `dossier.payment_required`) until the payment is confirmed. "
                + "`extensionDays` with `extensionReason` applies the procedure's extension of the time limit (at most its `extraDays`; 409 `dossier.extension_not_allowed` otherwise): the due date and the receipt include it.",
            (id, b) => new ReceiveDossier(id, b.Comment, b.CommentAudience, b.ExtensionDays, b.ExtensionReason, b.ReceivedPapers));
        MapTransition<ReasonsInput, RejectAtReception>(dossiers, "reject", DossierAction.RejectAtReception, "Refuse to receive, with reasons (form 03)",
            "The desk refuses a dossier that does not belong to the agency or cannot be received; the reasons (required) are written on form 03 and sent to the applicant. The dossier is closed.",
            (id, b) => new RejectAtReception(id, b.Reasons));
        MapTransition<SupplementRequestInput, RequestSupplement>(dossiers, "request-supplement", DossierAction.RequestSupplement, "Ask once for everything missing (form 02); the clock pauses",
            "The desk (before or at reception) or the specialist (during processing) lists every missing or incorrect document in one request — at most once per phase — "
                + "as `items`, each with the reason printed on form 02 (`missing`, names only, is still accepted). "
                + "The legal clock stops until the applicant answers; the applicant is notified with form 02.",
            (id, b) => new RequestSupplement(id, b.Missing, b.Items));
        MapTransition<SupplementInput, ProvideSupplement>(dossiers, "provide-supplement", DossierAction.ProvideSupplement, "Provide what was missing; the clock resumes",
            "The applicant answers a supplement request: changed form values (checked against the procedure's form) and a note; files are attached before with `POST .../attachments`. "
                + "The dossier returns to the status it had, and the due date moves by the working time the dossier waited.",
            (id, b) => new ProvideSupplement(id, b.FormData, b.Comment));
        MapTransition<AssignInput, AssignDossier>(dossiers, "assign", DossierAction.Assign, "Assign to a specialist",
            "The desk or a leader hands a received dossier to an active Specialist of the agency (`GET /api/v1/dossiers/assignees`); the step gets its deadline from the procedure's share of the time limit.",
            (id, b) => new AssignDossier(id, b.AssigneeId, b.Comment, b.CommentAudience));
        MapTransition<AssignInput, ReassignDossier>(dossiers, "reassign", DossierAction.Reassign, "Reassign to another specialist",
            "A Leader of the agency holding the dossier hands it to another active Specialist of that agency; the step keeps the deadline of the assignment it replaces. "
                + "Only the assigned specialist acts on an assigned dossier (others get 403 `dossier.not_allowed`).",
            (id, b) => new ReassignDossier(id, b.AssigneeId, b.Comment, b.CommentAudience));
        MapTransition<ForwardInput, ForwardDossier>(dossiers, "forward", DossierAction.Forward, "Forward to another agency for an inter-agency step",
            "The specialist sends the dossier to another agency (e.g. a ward to the Department) with a step deadline that must fall before the dossier's due date; the other agency's officials then see it in their inbox.",
            (id, b) => new ForwardDossier(id, b.ToAgencyId, b.StepDeadline, b.AssigneeId, b.Comment, b.CommentAudience));
        MapTransition<NoteInput, SubmitForApproval>(dossiers, "submit-for-approval", DossierAction.SubmitForApproval, "Submit the draft result for approval",
            "The assigned specialist proposes the result; the dossier waits for a Leader of the deciding agency.",
            (id, b) => new SubmitForApproval(id, b.Comment, b.CommentAudience));
        MapTransition<NoteInput, ApproveDossier>(dossiers, "approve", DossierAction.Approve, "Approve the result",
            "A Leader of the deciding agency approves: the dossier is resolved (early, on time or late against its due date) and the result can be returned; for level 4 the electronic result is issued with `POST .../result`.",
            (id, b) => new ApproveDossier(id, b.Comment, b.CommentAudience));
        MapTransition<CommentInput, ReturnToSpecialist>(dossiers, "return-to-specialist", DossierAction.ReturnToSpecialist, "Send back to the specialist with a comment",
            "A Leader sends the proposal back for rework; the comment (required) says what to change. The clock keeps running.",
            (id, b) => new ReturnToSpecialist(id, b.Comment, b.CommentAudience));
        MapTransition<ReasonsInput, RefuseDossier>(dossiers, "refuse", DossierAction.Refuse, "Refuse, with reasons",
            "A Leader of the deciding agency refuses what was applied for; the written refusal with its reasons is the result to return. It counts as resolved in the statistics.",
            (id, b) => new RefuseDossier(id, b.Reasons));
        MapTransition<ReasonsInput, StopProcessing>(dossiers, "stop", DossierAction.StopProcessing, "Stop the processing, with reasons",
            "A Leader stops a dossier that cannot go on (e.g. the applicant did not answer a supplement request in time); the dossier is closed and the applicant notified.",
            (id, b) => new StopProcessing(id, b.Reasons));
        MapTransition<ApologyInput, IssueApology>(dossiers, "apologise", DossierAction.IssueApology, "Issue a Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04)",
            "When a dossier will be late, the agency responsible for the delay (`responsibleAgencyId`: the deciding agency or one the dossier was forwarded to; default the agency holding it) "
                + "issues form 04 with the reason and a new appointment later than the original one, at the latest one working day before the due date (after that 409 `dossier.apology_too_late`) "
                + "and once (409 `dossier.apology_already_issued`) — Nghị định 61/2018/NĐ-CP, Điều 19 as amended by Nghị định 107/2021/NĐ-CP. A Leader of that agency issues it, or the desk prepares it "
                + "naming the Leader who signs (`signerId`); `signerTitle` is printed above the signer's name. The original appointment stays on the dossier (`apology.previousAppointmentAt`) "
                + "and lateness is still judged against it; `apologyDueBy` on the dossier says until when it may be issued.",
            (id, b) => new IssueApology(id, b.NewAppointmentAt, b.Reason, b.SignerTitle, b.SignerId, b.ResponsibleAgencyId));
        MapTransition<RatingInput, RateDossier>(dossiers, "rating", null, "Rate how the finished dossier was handled (applicant, once)",
            "The applicant rates a finished dossier (result returned, not received, or stopped) on the national portal's three levels, with an optional comment. Once only; a second rating is a 409.",
            (id, b) => new RateDossier(id, b.Level, b.Comment));
        MapTransition<ReturnInput, ReturnResult>(dossiers, "return-result", DossierAction.ReturnResult, "Return the result to the applicant",
            "The desk hands over the result (or the written refusal) and records the channel: at the desk, by post, or online — online only for level 4 with an issued electronic result, which the applicant can then download. "
                + "Fees due before the result must be paid first (409 `dossier.payment_required`).",
            (id, b) => new ReturnResult(id, b.Channel, b.Comment, b.CommentAudience));
        MapTransition<NoteInput, RecordUncollectedResult>(dossiers, "record-uncollected", DossierAction.RecordUncollectedResult, "Record that the applicant has not collected the result",
            "The receiving agency's desk records, on the control sheet, that the applicant has not come for a result waiting at the desk, once the configured waiting period "
                + "(`UncollectedResults:WaitingPeriod`, a setting: no period was found in the law) after the appointment has passed (before: 409 `dossier.uncollected_too_early`; "
                + "`uncollectedRecordableFrom` on the dossier says when). The status stays Resolved or Refused: the result can still be returned, and the outcome is unchanged. "
                + "Once only (409 `dossier.uncollected_already_recorded`); a result delivered online is refused (409 `dossier.result_not_at_desk`). The applicant is notified.",
            (id, b) => new RecordUncollectedResult(id, b.Comment, b.CommentAudience));

        app.MapGet("/api/v1/dossier-lookup", LookupDossier).WithTags("Dossiers").AllowAnonymous()
            .WithName(nameof(LookupDossier)).WithSummary("Public lookup by dossier code (or tracking number) and citizen ID")
            .WithDescription("Anonymous. Anyone holding the code (or the tracking number given at submission) and the applicant's citizen ID sees the status, key dates "
                + "and next actions — never names or documents. A wrong pair and an unknown code answer the same 404, so neither can be guessed one at a time. "
                + "Rate-limited per client address; after repeated failed lookups for one citizen ID from one address, "
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

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="from">First day (local date), e.g. 2026-02-01.</param>
    /// <param name="to">Last day (local date), at most 366 days after <paramref name="from"/>.</param>
    /// <param name="agencyId">The agency (a SystemAdmin's choice; officials get their own).</param>
    /// <param name="format">Pdf (default) or Csv.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<FileContentHttpResult> GetDossierRegister(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, RegisterFormat? format, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetDossierRegister(agencyId, from, to, format ?? RegisterFormat.Pdf), cancellationToken);
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }

    public static async Task<Ok<PagedList<DossierSummaryDto>>> GetMyDossiers(IMediator mediator, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyDossiers(page ?? 1, pageSize ?? 20), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="status">Only these states (repeat the parameter for several).</param>
    /// <param name="assignedToMe">Only dossiers assigned to me.</param>
    /// <param name="dueWithinWorkingDays">Only dossiers not yet overdue and due within this many working days.</param>
    /// <param name="overdue">Only overdue dossiers: their clock runs (not waiting for a supplement, not decided) and the due instant passed.</param>
    /// <param name="awaitingCollection">Only results waiting at the desk whose appointment has passed (chờ nhận kết quả).</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Items per page, 1–100.</param>
    /// <param name="sort">DueAt (default), DueAtDescending, SubmittedAt or SubmittedAtDescending.</param>
    /// <param name="q">A dossier code or tracking number (exact), or part of the applicant's name.</param>
    /// <param name="group">Only the states of this status group (each dossier's `statusGroup`), e.g. an inbox tab.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<DossierSummaryDto>>> GetInbox(
        IMediator mediator, DossierStatus[]? status, bool? assignedToMe, int? dueWithinWorkingDays, bool? overdue, int? page, int? pageSize,
        InboxSort? sort, string? q, bool? awaitingCollection, StatusGroup? group, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetInbox(status, assignedToMe ?? false, dueWithinWorkingDays, overdue ?? false, page ?? 1, pageSize ?? 20, sort ?? InboxSort.DueAt, q, awaitingCollection ?? false, group), cancellationToken));

    public static async Task<Ok<InboxCountsDto>> GetInboxCounts(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetInboxCounts(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<AssigneeDto>>> GetAssignees(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAssignees(), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<IReadOnlyList<ApologySignerDto>>> GetApologySigners(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetApologySigners(id), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="code">Dossier code (e.g. 000.00.12.H26-260302-0001) or tracking number.</param>
    /// <param name="citizenId">The applicant's 12-digit citizen ID.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<DossierLookupDto>> LookupDossier(IMediator mediator, string code, string citizenId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new LookupDossier(code, citizenId), cancellationToken));

    /// <summary>
    /// Maps <c>POST /api/v1/dossiers/{id}/{route}</c> to a workflow command. Its description ends with the statuses the
    /// lifecycle allows the action from and the roles the command requires, read from <see cref="DossierLifecycle"/> and
    /// the command's <c>[RequiresRole]</c>, so the document cannot drift from the rules.
    /// </summary>
    private static void MapTransition<TBody, TCommand>(
        RouteGroupBuilder group, string route, DossierAction? action, string summary, string description, Func<Guid, TBody, TCommand> command)
        where TCommand : IDossierTransition =>
        group.MapPost($"/{{id:guid}}/{route}", async Task<Ok<DossierDto>> (IMediator mediator, Guid id, TBody body, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(command(id, body), cancellationToken)))
            .WithName(typeof(TCommand).Name).WithSummary(summary)
            .WithDescription($"{description}\n\n{TransitionRules.Describe(action, typeof(TCommand))}");

    /// <summary>Body of a draft save: the form values so far.</summary>
    public sealed record DraftInput(IReadOnlyDictionary<string, string?> FormData);

    /// <summary>Body of a submission.</summary>
    public sealed record SubmitInput(IReadOnlyDictionary<string, string?>? FormData);

    /// <summary>An optional note; with a note, <c>commentAudience</c> (Internal or Applicant) says who may read it (required with a note).</summary>
    public sealed record NoteInput(string? Comment, CommentAudience? CommentAudience = null);

    /// <summary>A required comment and who may read it (<c>commentAudience</c>: Internal or Applicant, required).</summary>
    public sealed record CommentInput(string Comment, CommentAudience? CommentAudience = null);

    /// <summary>Required reasons.</summary>
    public sealed record ReasonsInput(string Reasons);

    /// <summary>A satisfaction rating: VerySatisfied, Satisfied or Unsatisfied, with an optional comment.</summary>
    public sealed record RatingInput(Satisfaction Level, string? Comment);

    /// <summary>A withdrawal; the reason is required after reception.</summary>
    public sealed record WithdrawInput(string? Reason);

    /// <summary>Everything missing, listed at once: <c>items</c>, each with its reason (form 02); <c>missing</c> (names only) is the earlier shape, still accepted.</summary>
    public sealed record SupplementRequestInput(IReadOnlyList<string>? Missing, IReadOnlyList<SupplementRequestItem>? Items = null);

    /// <summary>The supplemented form values.</summary>
    public sealed record SupplementInput(IReadOnlyDictionary<string, string?>? FormData, string? Comment);

    /// <summary>The specialist to assign; with a comment, <c>commentAudience</c> (Internal or Applicant) is required.</summary>
    public sealed record AssignInput(Guid AssigneeId, string? Comment, CommentAudience? CommentAudience = null);

    /// <summary>An inter-agency step; with a comment, <c>commentAudience</c> (Internal or Applicant) is required.</summary>
    public sealed record ForwardInput(Guid ToAgencyId, DateTimeOffset StepDeadline, Guid? AssigneeId, string? Comment, CommentAudience? CommentAudience = null);

    /// <summary>An apology with a new appointment, its signer's title, and (when the desk prepares it) the Leader who signs and the responsible agency.</summary>
    public sealed record ApologyInput(DateTimeOffset NewAppointmentAt, string Reason, string? SignerTitle = null, Guid? SignerId = null, Guid? ResponsibleAgencyId = null);

    /// <summary>A reception: an optional note with its audience, the extension of the time limit with its reason when the procedure allows it, and what the desk recorded as handed in (originals or copies, with counts).</summary>
    public sealed record ReceiveInput(string? Comment, CommentAudience? CommentAudience = null, decimal? ExtensionDays = null, string? ExtensionReason = null, IReadOnlyList<ReceivedPaper>? ReceivedPapers = null);

    /// <summary>How the result is returned; with a comment, <c>commentAudience</c> (Internal or Applicant) is required.</summary>
    public sealed record ReturnInput(Channel Channel, string? Comment, CommentAudience? CommentAudience = null);
}
