namespace HanoiDvc.Application.Dossiers.Commands.WithdrawDossier;

internal sealed class WithdrawDossierValidator : AbstractValidator<WithdrawDossier>
{
    public WithdrawDossierValidator()
    {
        RuleFor(x => x.Reason).MaximumLength(DossierInputRules.MaxText);
    }
}
