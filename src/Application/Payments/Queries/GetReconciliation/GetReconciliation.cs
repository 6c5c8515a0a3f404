using HanoiDvc.Domain.Payments;

namespace HanoiDvc.Application.Payments.Queries.GetReconciliation;

/// <summary>
/// Finance's reconciliation: per collecting agency and business day (Vietnam time, the day the payment started), how many
/// payments and how much are paid, pending, failed and refunded, to compare with the gateway's statement. A SystemAdmin
/// sees every agency; a Leader or an AgencyAdmin only their own agency.
/// </summary>
/// <param name="From">First business day (inclusive).</param>
/// <param name="To">Last business day (inclusive).</param>
/// <param name="AgencyId">One agency; null for all the caller may see.</param>
[RequiresRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetReconciliation(DateOnly From, DateOnly To, Guid? AgencyId) : IRequest<IReadOnlyList<ReconciliationRow>>;

/// <summary>One agency's day. Amounts in đồng.</summary>
public sealed record ReconciliationRow(
    Guid AgencyId, DateOnly Day,
    int PaidCount, long PaidVnd,
    int PendingCount, long PendingVnd,
    int FailedCount, long FailedVnd,
    int RefundedCount, long RefundedVnd);

internal sealed class GetReconciliationHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetReconciliation, IReadOnlyList<ReconciliationRow>>
{
    public async Task<IReadOnlyList<ReconciliationRow>> Handle(GetReconciliation request, CancellationToken cancellationToken)
    {
        var query = db.Payments.AsNoTracking().Where(p => p.BusinessDate >= request.From && p.BusinessDate <= request.To);
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            var own = user.AgencyId ?? throw new ForbiddenAccessException();
            if (request.AgencyId is { } asked && asked != own)
            {
                throw new ForbiddenAccessException();
            }

            query = query.Where(p => p.AgencyId == own);
        }
        else if (request.AgencyId is { } agency)
        {
            query = query.Where(p => p.AgencyId == agency);
        }

        var groups = await query
            .GroupBy(p => new { p.AgencyId, p.BusinessDate, p.Status })
            .Select(g => new { g.Key.AgencyId, g.Key.BusinessDate, g.Key.Status, Count = g.Count(), Amount = g.Sum(p => p.AmountVnd) })
            .ToListAsync(cancellationToken);

        return [.. groups
            .GroupBy(g => (g.AgencyId, g.BusinessDate))
            .OrderBy(g => g.Key.BusinessDate).ThenBy(g => g.Key.AgencyId)
            .Select(g =>
            {
                (int Count, long Amount) Of(PaymentStatus status) =>
                    g.Where(x => x.Status == status).Select(x => (x.Count, x.Amount)).FirstOrDefault();
                var (paid, pending, failed, refunded) = (Of(PaymentStatus.Paid), Of(PaymentStatus.Pending), Of(PaymentStatus.Failed), Of(PaymentStatus.Refunded));
                return new ReconciliationRow(g.Key.AgencyId, g.Key.BusinessDate,
                    paid.Count, paid.Amount, pending.Count, pending.Amount, failed.Count, failed.Amount, refunded.Count, refunded.Amount);
            })];
    }
}
