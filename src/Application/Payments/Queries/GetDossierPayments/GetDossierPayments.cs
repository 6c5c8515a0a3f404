using HanoiDvc.Application.Payments.Common;

namespace HanoiDvc.Application.Payments.Queries.GetDossierPayments;

/// <summary>A dossier's online payments, newest first, for whoever may read the dossier; a pending payment whose link expired reads as expired.</summary>
[RequiresRole]
public sealed record GetDossierPayments(Guid DossierId) : IRequest<IReadOnlyList<PaymentDto>>;

internal sealed class GetDossierPaymentsHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetDossierPayments, IReadOnlyList<PaymentDto>>
{
    public async Task<IReadOnlyList<PaymentDto>> Handle(GetDossierPayments request, CancellationToken cancellationToken)
    {
        if (!await db.Dossiers.Visible(user).AnyAsync(d => d.Id == request.DossierId, cancellationToken))
        {
            throw DossierAccess.NotFound(request.DossierId);
        }

        var payments = await db.Payments.AsNoTracking().Where(p => p.DossierId == request.DossierId)
            .OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. payments.Select(p => PaymentDto.From(p, now))];
    }
}
