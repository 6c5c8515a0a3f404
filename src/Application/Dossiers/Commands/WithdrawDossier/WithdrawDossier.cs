namespace HanoiDvc.Application.Dossiers.Commands.WithdrawDossier;

/// <summary>The applicant (or the desk on their behalf) withdraws the dossier; after reception a reason is required (422 <c>errors.reason</c> without one).</summary>
[RequiresRole]
public sealed record WithdrawDossier(Guid Id, string? Reason) : IDossierTransition;

internal sealed class WithdrawDossierHandler(DossierChange change) : IRequestHandler<WithdrawDossier, DossierDto>
{
    public Task<DossierDto> Handle(WithdrawDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c =>
        {
            // After reception the withdrawal is a written request with its reason (Nghị định 61/2018/NĐ-CP, Điều 18, as amended by Nghị định 107/2021/NĐ-CP).
            if (c.Dossier.MayBeWithdrawn && c.Dossier.WithdrawalNeedsReason && string.IsNullOrWhiteSpace(request.Reason))
            {
                throw new RequiredValueMissingException("dossier.reason_required", "reason",
                    "The dossier has been received: give the reason for withdrawing it.", "Hồ sơ đã được tiếp nhận: vui lòng nêu lý do rút hồ sơ.");
            }

            c.Dossier.Withdraw(c.Actor, c.Now, request.Reason);
        }, cancellationToken);
}
