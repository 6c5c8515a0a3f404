using HanoiDvc.Application.Procedures.Commands.CreateProcedure;
using HanoiDvc.Application.Procedures.Commands.EditProcedure;
using HanoiDvc.Application.Procedures.Commands.PublishProcedure;
using HanoiDvc.Application.Procedures.Commands.SetProcedureListing;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Application.Procedures.Queries.GetProcedureForEditing;
using HanoiDvc.Application.Procedures.Queries.GetProceduresForAdmin;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>Catalogue administration: create, edit (new versions), publish, list and unlist procedures.</summary>
internal static class ProcedureAdminEndpoints
{
    public static void MapProcedureAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/procedures").WithTags("Catalogue administration")
            .RequireAuthorization(Policies.ManageCatalogue)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", GetProceduresForAdmin).WithName(nameof(GetProceduresForAdmin))
            .WithSummary("Every procedure, drafts and unlisted ones included, with its published and draft version numbers")
            .WithDescription("SystemAdmin only. The catalogue as administrators see it, paged and searchable (`q` ignores case and diacritics).");
        group.MapGet("/{id:guid}", GetProcedureForEditing).WithName(nameof(GetProcedureForEditing))
            .WithSummary("The version to edit: the draft if any, else the published version")
            .WithDescription("SystemAdmin only. The full content of the version an editor starts from.");
        group.MapPost("/", CreateProcedure).WithName(nameof(CreateProcedure))
            .WithSummary("Add a procedure as a draft (version 1)")
            .WithDescription("SystemAdmin only. Name, field, deciding level, service level (3 or 4), time limit, fees, required documents, steps, form fields. Nothing is "
                + "public until `publish`.");
        group.MapPut("/{id:guid}", EditProcedure).WithName(nameof(EditProcedure))
            .WithSummary("Edit the draft, or start a new draft version after a publication")
            .WithDescription("SystemAdmin only. Saves the content as the draft; when the current version is published, a new draft version is created so that the "
                + "published one (and the dossiers submitted under it) never change.");
        group.MapPost("/{id:guid}/publish", PublishProcedure).WithName(nameof(PublishProcedure))
            .WithSummary("Publish the draft, now or from an effective date; dossiers already submitted keep their version")
            .WithDescription("SystemAdmin only. The draft becomes the version new dossiers are started on; the previous published version is superseded but kept for the "
                + "dossiers that refer to it. `effectiveFrom` (yyyy-MM-dd, Hanoi date; default today) after today schedules the change: the version waits as "
                + "`Scheduled` and comes into force on that date (409 `procedure.already_scheduled` when another change is already waiting).");
        group.MapPost("/{id:guid}/unlist", UnlistProcedure).WithName(nameof(UnlistProcedure))
            .WithSummary("Hide the procedure from the public catalogue")
            .WithDescription("SystemAdmin only. The procedure disappears from search and no new dossier can be started for it; dossiers in progress continue.");
        group.MapPost("/{id:guid}/list", ListProcedure).WithName(nameof(ListProcedure))
            .WithSummary("Show the published version in the public catalogue again")
            .WithDescription("SystemAdmin only. Lists a procedure hidden with `unlist` again; it needs a published version.");
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="q">Words to find in the code or the name (case and diacritics ignored).</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<AdminProcedureSummaryDto>>> GetProceduresForAdmin(
        IMediator mediator, string? q, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProceduresForAdmin(q, page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Ok<ProcedureDetailDto>> GetProcedureForEditing(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProcedureForEditing(id), cancellationToken));

    public static async Task<Created<ProcedureDetailDto>> CreateProcedure(IMediator mediator, CreateProcedure command, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/procedures/{created.Id}", created);
    }

    public static async Task<Ok<ProcedureDetailDto>> EditProcedure(IMediator mediator, Guid id, ProcedureContentInput content, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EditProcedure(id, content), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The procedure.</param>
    /// <param name="effectiveFrom">The date (Hanoi) from which the version applies; default today.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ProcedureDetailDto>> PublishProcedure(IMediator mediator, Guid id, DateOnly? effectiveFrom, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PublishProcedure(id, effectiveFrom), cancellationToken));

    public static async Task<NoContent> UnlistProcedure(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetProcedureListing(id, Listed: false), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ListProcedure(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetProcedureListing(id, Listed: true), cancellationToken);
        return TypedResults.NoContent();
    }
}
