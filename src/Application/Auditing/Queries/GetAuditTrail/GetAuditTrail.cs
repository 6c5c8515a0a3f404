using System.Text.Json;
using HanoiDvc.Application.Common.Auditing;
using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Auditing.Queries.GetAuditTrail;

/// <summary>The audit trail, newest first, filtered by entity, user and time.</summary>
/// <param name="EntityType">Only changes of this entity type (e.g. <c>Dossier</c>).</param>
/// <param name="EntityId">Only changes of the entity with this key.</param>
/// <param name="UserId">Only changes made by this user.</param>
/// <param name="From">Only changes at or after this instant.</param>
/// <param name="To">Only changes before this instant.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record GetAuditTrail(
    string? EntityType = null, string? EntityId = null, Guid? UserId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = 20)
    : IRequest<PagedList<AuditRecordDto>>, IPagedQuery;

internal sealed class GetAuditTrailHandler(IAppDbContext db) : IRequestHandler<GetAuditTrail, PagedList<AuditRecordDto>>
{
    public async Task<PagedList<AuditRecordDto>> Handle(GetAuditTrail request, CancellationToken cancellationToken)
    {
        var trail = db.AuditRecords;
        if (!string.IsNullOrEmpty(request.EntityType))
        {
            trail = trail.Where(r => r.EntityType == request.EntityType);
        }

        if (!string.IsNullOrEmpty(request.EntityId))
        {
            trail = trail.Where(r => r.EntityId == request.EntityId);
        }

        if (request.UserId is { } userId)
        {
            trail = trail.Where(r => r.UserId == userId);
        }

        if (request.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            trail = trail.Where(r => r.At >= fromUtc);
        }

        if (request.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            trail = trail.Where(r => r.At < toUtc);
        }

        var total = await trail.CountAsync(cancellationToken);
        var page = await trail.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<AuditRecordDto>([.. page.Select(ToDto)], request.Page, request.PageSize, total);
    }

    private static AuditRecordDto ToDto(AuditRecord r) => new(
        r.Id, r.At, r.UserId, r.UserName, r.ClientIp, r.CorrelationId, r.UseCase, r.EntityType, r.EntityId, r.ChangeKind, Parse(r.Before), Parse(r.After));

    private static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
