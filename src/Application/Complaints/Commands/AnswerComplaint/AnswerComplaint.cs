using HanoiDvc.Application.Complaints.Common;

namespace HanoiDvc.Application.Complaints.Commands.AnswerComplaint;

/// <summary>The desk or a leader of the responsible agency answers a complaint in writing; the complainant is mailed the answer.</summary>
/// <param name="Id">The complaint.</param>
/// <param name="Answer">The answer: what was found and what will be done.</param>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record AnswerComplaint(Guid Id, string Answer) : IRequest<ComplaintDto>;

internal sealed class AnswerComplaintHandler(ComplaintResponse response) : IRequestHandler<AnswerComplaint, ComplaintDto>
{
    public Task<ComplaintDto> Handle(AnswerComplaint request, CancellationToken cancellationToken) =>
        response.ApplyAsync(request.Id, (complaint, actor, now) => complaint.AnswerWith(actor, request.Answer, now), cancellationToken);
}
