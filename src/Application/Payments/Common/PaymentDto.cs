using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Application.Payments.Common;

/// <summary>One online payment of a dossier as its applicant and the officials see it.</summary>
public sealed record PaymentDto(
    Guid Id,
    Guid DossierId,
    string Provider,
    string OrderRef,
    long AmountVnd,
    PaymentStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? CompletedAt,
    string? GatewayTransactionNo,
    string? GatewayResponseCode,
    string? BankCode,
    DateTimeOffset? RefundedAt,
    string? RefundReason)
{
    /// <summary>The payment as it stands at <paramref name="now"/> (when given): a pending payment whose link expired reads as <see cref="PaymentStatus.Expired"/> even before the expiry job records it.</summary>
    internal static PaymentDto From(Payment p, DateTimeOffset? now = null) => new(
        p.Id, p.DossierId, p.Provider, p.OrderRef, p.AmountVnd, now is { } at && p.IsExpiredAt(at) ? PaymentStatus.Expired : p.Status, p.CreatedAt, p.ExpiresAt, p.CompletedAt,
        p.GatewayTransactionNo, p.GatewayResponseCode, p.BankCode, p.RefundedAt, p.RefundReason);
}
