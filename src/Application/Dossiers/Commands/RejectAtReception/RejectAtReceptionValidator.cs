namespace HanoiDvc.Application.Dossiers.Commands.RejectAtReception;

internal sealed class RejectAtReceptionValidator : AbstractValidator<RejectAtReception>
{
    public RejectAtReceptionValidator() => RuleFor(x => x.Reasons).NotEmpty().MaximumLength(4000);
}
