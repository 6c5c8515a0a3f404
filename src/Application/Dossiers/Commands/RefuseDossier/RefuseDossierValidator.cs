namespace HanoiDvc.Application.Dossiers.Commands.RefuseDossier;

internal sealed class RefuseDossierValidator : AbstractValidator<RefuseDossier>
{
    public RefuseDossierValidator() => RuleFor(x => x.Reasons).NotEmpty().MaximumLength(4000);
}
