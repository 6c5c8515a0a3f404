using HanoiDvc.Application.Auditing.Queries.FindAuditUsers;
using HanoiDvc.Application.Auditing.Queries.GetAuditTrail;
using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The audit trail, read-only, for system administrators. Nothing here (or anywhere) creates, changes or deletes audit records.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/audit").WithTags("Audit trail")
            .RequireAuthorization(Policies.SystemAdmin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", GetAuditTrail).WithName(nameof(GetAuditTrail))
            .WithSummary("Who changed what, when and from where, newest first")
            .WithDescription("SystemAdmin only. Every change made through a use case, with the user (or `client:<name>` for an integrator), client IP, correlation id, the"
                + " entity and its values before and after. Filter by user, entity, use case and time range; paged (`page`, `pageSize` ≤ 100, `totalCount`).");
        group.MapGet("/users", FindAuditUsers).WithName(nameof(FindAuditUsers))
            .WithSummary("Accounts for the audit viewer's user filter: by part of the name, user name or e-mail (`q`, ≥ 2 characters), or one by `id`")
            .WithDescription("SystemAdmin only (who may see every account's changes). At most 20, by full name; the id is the trail's `userId`.");
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="q">Part of the full name, user name or e-mail.</param>
    /// <param name="id">One account by id (to name a filter already set).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<IReadOnlyList<AuditUserDto>>> FindAuditUsers(IMediator mediator, string? q, Guid? id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new FindAuditUsers(q, id), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="entityType">Only changes of this entity type (e.g. Dossier).</param>
    /// <param name="entityId">Only changes of the entity with this key.</param>
    /// <param name="userId">Only changes made by this user.</param>
    /// <param name="from">Only changes at or after this instant.</param>
    /// <param name="to">Only changes before this instant.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<AuditRecordDto>>> GetAuditTrail(
        IMediator mediator, string? entityType, string? entityId, Guid? userId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAuditTrail(entityType, entityId, userId, from, to, page ?? 1, pageSize ?? 20), cancellationToken));
}
