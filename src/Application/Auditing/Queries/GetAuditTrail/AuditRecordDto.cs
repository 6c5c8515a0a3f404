using System.Text.Json;
using HanoiDvc.Application.Common.Auditing;

namespace HanoiDvc.Application.Auditing.Queries.GetAuditTrail;

/// <summary>One audit record as the administrators read it.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="At">When the change was saved (UTC).</param>
/// <param name="UserId">The signed-in user, or null.</param>
/// <param name="UserName">The user's name, <c>system</c>, or null for an anonymous caller.</param>
/// <param name="ClientIp">The caller's IP address, or null.</param>
/// <param name="CorrelationId">The request's <c>X-Correlation-Id</c>, or null.</param>
/// <param name="UseCase">The use case that made the change (e.g. <c>ReceiveDossier</c>), or null.</param>
/// <param name="EntityType">The changed entity's type.</param>
/// <param name="EntityId">The changed entity's key.</param>
/// <param name="ChangeKind">Added, Modified or Deleted.</param>
/// <param name="Before">The columns before the change (changed columns only for Modified), or null.</param>
/// <param name="After">The columns after the change (changed columns only for Modified), or null.</param>
public sealed record AuditRecordDto(
    Guid Id,
    DateTimeOffset At,
    Guid? UserId,
    string? UserName,
    string? ClientIp,
    string? CorrelationId,
    string? UseCase,
    string EntityType,
    string EntityId,
    AuditChangeKind ChangeKind,
    JsonElement? Before,
    JsonElement? After);
