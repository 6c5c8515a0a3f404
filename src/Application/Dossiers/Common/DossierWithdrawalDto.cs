namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// What withdrawing the dossier now involves, as the domain decides it: whether a reason must be given (after reception,
/// Nghị định 61/2018/NĐ-CP, Điều 18, as amended by Nghị định 107/2021/NĐ-CP) and the fees paid online that the withdrawal
/// records as to be refunded (the money itself is returned by the receiving agency, outside the system).
/// </summary>
public sealed record DossierWithdrawalDto(bool ReasonRequired, long RefundVnd)
{
    /// <summary>The terms of withdrawing <paramref name="dossier"/>, or null when its status allows no withdrawal.</summary>
    public static DossierWithdrawalDto? Of(Dossier dossier) =>
        dossier.MayBeWithdrawn ? new DossierWithdrawalDto(dossier.WithdrawalNeedsReason, dossier.WithdrawalRefundVnd) : null;
}
