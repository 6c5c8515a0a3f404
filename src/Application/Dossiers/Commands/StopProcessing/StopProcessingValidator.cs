namespace HanoiDvc.Application.Dossiers.Commands.StopProcessing;

internal sealed class StopProcessingValidator : AbstractValidator<StopProcessing>
{
    public StopProcessingValidator() => RuleFor(x => x.Reasons).NotEmpty().MaximumLength(4000);
}
