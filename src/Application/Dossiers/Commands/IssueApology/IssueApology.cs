using FluentValidation.Results;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Dossiers.Commands.IssueApology;

/// <summary>
/// A dossier that will be late: the agency responsible for the delay issues a "Phiếu xin lỗi và hẹn lại ngày trả kết quả"
/// (form 04) with a new appointment, at the latest one working day before the due date and once (Nghị định 61/2018/NĐ-CP,
/// Điều 19 as amended by Nghị định 107/2021/NĐ-CP). A Leader of that agency issues it, or the desk prepares it naming the
/// Leader who signs (<paramref name="SignerId"/>). Lateness is still judged against the original appointment.
/// </summary>
/// <param name="Id">The dossier.</param>
/// <param name="NewAppointmentAt">The new appointment, later than the original one.</param>
/// <param name="Reason">Why the dossier will be late.</param>
/// <param name="SignerTitle">The signer's title as printed above the name (e.g. "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").</param>
/// <param name="SignerId">The Leader who signs when the desk prepares it; omitted when a Leader issues it.</param>
/// <param name="ResponsibleAgencyId">The agency responsible for the delay; defaults to the agency holding the dossier.</param>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record IssueApology(
    Guid Id, DateTimeOffset NewAppointmentAt, string Reason, string? SignerTitle = null, Guid? SignerId = null, Guid? ResponsibleAgencyId = null)
    : IDossierTransition;

internal sealed class IssueApologyHandler(DossierChange change, IIdentityService identities) : IRequestHandler<IssueApology, DossierDto>
{
    public Task<DossierDto> Handle(IssueApology request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, async c =>
        {
            var signer = await SignerAsync(request, c.Actor, cancellationToken);
            c.Dossier.IssueApology(c.Actor, c.Now, c.Calendar, request.NewAppointmentAt, request.Reason, signer, request.ResponsibleAgencyId);
        }, cancellationToken);

    /// <summary>The named Leader's account as the aggregate checks it (roles and agency), or the caller when no one is named.</summary>
    private async Task<ApologySigner?> SignerAsync(IssueApology request, Actor actor, CancellationToken cancellationToken)
    {
        var title = request.SignerTitle?.Trim() ?? string.Empty;
        if (request.SignerId is not { } signerId || signerId == actor.UserId)
        {
            return new ApologySigner(actor, title);
        }

        var account = await identities.FindAccountAsync(signerId, cancellationToken);
        if (account is null || account.IsLockedOut || account.AgencyId is null || !account.Roles.Contains(Roles.Leader))
        {
            throw new RequestValidationException([new ValidationFailure("signerId", Localized.Text(
                "Người ký không phải lãnh đạo đang hoạt động của cơ quan.",
                "The signer is not an active leader of an agency."))]);
        }

        return new ApologySigner(new Actor(account.Id, account.FullName, account.Roles, account.AgencyId), title);
    }
}
