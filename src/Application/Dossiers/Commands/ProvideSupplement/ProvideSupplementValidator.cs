namespace HanoiDvc.Application.Dossiers.Commands.ProvideSupplement;

internal sealed class ProvideSupplementValidator : AbstractValidator<ProvideSupplement>
{
    public ProvideSupplementValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        RuleFor(x => x.FormData).FormValues();
    }
}
