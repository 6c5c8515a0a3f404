using FluentValidation;

namespace HanoiDvc.Application.Dossiers.Commands.IssueApology;

internal sealed class IssueApologyValidator : AbstractValidator<IssueApology>
{
    public IssueApologyValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(4000);
}
