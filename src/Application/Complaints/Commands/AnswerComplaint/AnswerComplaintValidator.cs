using HanoiDvc.Application.Complaints.Common;

namespace HanoiDvc.Application.Complaints.Commands.AnswerComplaint;

internal sealed class AnswerComplaintValidator : AbstractValidator<AnswerComplaint>
{
    public AnswerComplaintValidator() => RuleFor(x => x.Answer).AnswerText();
}
