using HanoiDvc.Application.Complaints.Common;

namespace HanoiDvc.Application.Complaints.Commands.CloseComplaint;

/// <summary>
/// The desk or a leader of the responsible agency closes a complaint as outside its scope (a khiếu nại or tố cáo, another
/// agency's competence, not about an administrative procedure), saying why; the complainant is mailed the reasons.
/// </summary>
/// <param name="Id">The complaint.</param>
/// <param name="Reasons">Why it is outside the agency's scope, and where to turn instead.</param>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record CloseComplaint(Guid Id, string Reasons) : IRequest<ComplaintDto>;

internal sealed class CloseComplaintHandler(ComplaintResponse response) : IRequestHandler<CloseComplaint, ComplaintDto>
{
    public Task<ComplaintDto> Handle(CloseComplaint request, CancellationToken cancellationToken) =>
        response.ApplyAsync(request.Id, (complaint, actor, now) => complaint.CloseOutOfScope(actor, request.Reasons, now), cancellationToken);
}
