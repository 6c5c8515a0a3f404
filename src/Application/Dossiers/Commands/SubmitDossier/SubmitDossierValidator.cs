namespace HanoiDvc.Application.Dossiers.Commands.SubmitDossier;

internal sealed class SubmitDossierValidator : AbstractValidator<SubmitDossier>
{
    public SubmitDossierValidator()
    {
        RuleFor(x => x.IdempotencyKey).Length(8, 100).Matches("^[A-Za-z0-9._:-]+$").When(x => x.IdempotencyKey is not null);
        RuleFor(x => x.FormData).FormValues();
    }
}
