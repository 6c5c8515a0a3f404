using HanoiDvc.Application.Complaints.Common;

namespace HanoiDvc.Application.Complaints.Commands.CloseComplaint;

internal sealed class CloseComplaintValidator : AbstractValidator<CloseComplaint>
{
    public CloseComplaintValidator() => RuleFor(x => x.Reasons).AnswerText();
}
