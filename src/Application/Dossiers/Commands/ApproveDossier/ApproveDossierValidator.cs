namespace HanoiDvc.Application.Dossiers.Commands.ApproveDossier;

internal sealed class ApproveDossierValidator : AbstractValidator<ApproveDossier>
{
    public ApproveDossierValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
    }
}
