namespace HanoiDvc.Application.Dossiers.Commands.AssignDossier;

internal sealed class AssignDossierValidator : AbstractValidator<AssignDossier>
{
    public AssignDossierValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
    }
}
