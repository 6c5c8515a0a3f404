namespace HanoiDvc.Application.Dossiers.Commands.RateDossier;

internal sealed class RateDossierValidator : AbstractValidator<RateDossier>
{
    public RateDossierValidator()
    {
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.Comment).MaximumLength(Dossier.SatisfactionCommentMaxLength);
    }
}
