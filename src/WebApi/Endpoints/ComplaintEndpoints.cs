using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Complaints.Commands.AnswerComplaint;
using HanoiDvc.Application.Complaints.Commands.CloseComplaint;
using HanoiDvc.Application.Complaints.Commands.FileDossierComplaint;
using HanoiDvc.Application.Complaints.Commands.FileProcedureComplaint;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Application.Complaints.Queries.GetAgencyComplaints;
using HanoiDvc.Application.Complaints.Queries.GetMyComplaints;
using HanoiDvc.Application.Complaints.Queries.TrackComplaint;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>Complaints and petitions (phản ánh, kiến nghị) about a dossier or a procedure, and their answers (decision 0033).</summary>
internal static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/complaints").WithTags("Complaints").AllowAnonymous()
            .RequireRateLimiting(RateLimitingSetup.PublicCheckPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        open.MapPost("/procedure", FileProcedureComplaint).WithName(nameof(FileProcedureComplaint))
            .WithSummary("Anyone files a complaint or petition about a procedure")
            .WithDescription("Anonymous or signed in. Addressed to an agency that decides the procedure (as `decidingAgencyId` when starting a dossier; another is a 400 on that "
                + "field), with a name, an e-mail or a phone (at least one; shapes checked) and 20–4000 characters of content. Answers the tracking code and the due "
                + $"instant: {ComplaintTimeLimit.WorkingDays} working days later (Luật Tiếp công dân 2013, Điều 28). Rate-limited per client address.");
        open.MapGet("/track/{code}", TrackComplaint).WithName(nameof(TrackComplaint))
            .WithSummary("Where a complaint stands, by its tracking code")
            .WithDescription("Anonymous. Status, due instant and the answer once given — never the complainant's name or contact. A complaint about a dossier is "
                + "tracked only by its complainant (signed in) or the officials answering it; to anyone else, like an unknown code, it is a 404. Rate-limited per client address.");

        var complaints = app.MapGroup("/api/v1/complaints").WithTags("Complaints").RequireAuthorization(Policies.Authenticated)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        complaints.MapPost("/dossier", FileDossierComplaint).WithName(nameof(FileDossierComplaint))
            .WithSummary("The applicant complains about the handling of their dossier")
            .WithDescription("The dossier's applicant only (someone else's dossier is a 404). The agency holding the dossier answers within "
                + $"{ComplaintTimeLimit.WorkingDays} working days. Without `contactEmail`, the answer is mailed to the account's e-mail.")
            .RequireRateLimiting(RateLimitingSetup.SubmissionPolicy).ProducesProblem(StatusCodes.Status429TooManyRequests);
        complaints.MapGet("/", GetAgencyComplaints).WithName(nameof(GetAgencyComplaints))
            .WithSummary("The complaints the caller's agency answers, open ones first, earliest due first")
            .WithDescription("Receptionist or Leader: the complaints addressed to their agency, filtered by `status`, paged; open ones by due instant (the overdue lead), then answered "
                + "ones, latest first. Each carries `isOverdue` and the caller's `allowedActions`.");
        complaints.MapGet("/mine", GetMyComplaints).WithName(nameof(GetMyComplaints))
            .WithSummary("The complaints I filed, newest first")
            .WithDescription("Any signed-in user: the complaints they filed, signed in, with their answers.");
        complaints.MapPost("/{id:guid}/answer", AnswerComplaint).WithName(nameof(AnswerComplaint))
            .WithSummary("Answer a complaint in writing")
            .WithDescription("Receptionist or Leader of the responsible agency (another agency's complaint is a 404). Once: a second answer is a 409 "
                + "`complaint.already_answered`. The complainant is mailed the answer when they gave an e-mail; `answeredOnTime` says whether it met the due instant.");
        complaints.MapPost("/{id:guid}/close", CloseComplaint).WithName(nameof(CloseComplaint))
            .WithSummary("Close a complaint as outside the agency's scope, with reasons")
            .WithDescription("Receptionist or Leader of the responsible agency: for a khiếu nại or tố cáo (their own laws apply), another agency's competence, or something that is "
                + "not about an administrative procedure. The reasons are the written answer (Luật Tiếp công dân 2013, Điều 28, khoản 1) and are mailed like one.");
    }

    public static async Task<Created<ComplaintTrackingDto>> FileProcedureComplaint(IMediator mediator, FileProcedureComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/track/{complaint.TrackingCode}", complaint);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="code">The tracking code, e.g. PAKN-7KQ2M9XH4D.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ComplaintTrackingDto>> TrackComplaint(IMediator mediator, string code, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new TrackComplaint(code), cancellationToken));

    public static async Task<Created<ComplaintDto>> FileDossierComplaint(IMediator mediator, FileDossierComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/track/{complaint.TrackingCode}", complaint);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="status">Only this status.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<ComplaintDto>>> GetAgencyComplaints(IMediator mediator, ComplaintStatus? status, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAgencyComplaints(status, page ?? 1, pageSize ?? 20), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<ComplaintDto>>> GetMyComplaints(IMediator mediator, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyComplaints(page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Ok<ComplaintDto>> AnswerComplaint(IMediator mediator, Guid id, AnswerInput body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AnswerComplaint(id, body.Answer), cancellationToken));

    public static async Task<Ok<ComplaintDto>> CloseComplaint(IMediator mediator, Guid id, CloseInput body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CloseComplaint(id, body.Reasons), cancellationToken));

    /// <summary>An answer to a complaint.</summary>
    /// <param name="Answer">What was found and what will be done (at most 4000 characters).</param>
    public sealed record AnswerInput(string Answer);

    /// <summary>Why a complaint is outside the agency's scope.</summary>
    /// <param name="Reasons">The reasons, and where to turn instead (at most 4000 characters).</param>
    public sealed record CloseInput(string Reasons);
}
