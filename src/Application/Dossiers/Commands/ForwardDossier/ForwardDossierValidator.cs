namespace HanoiDvc.Application.Dossiers.Commands.ForwardDossier;

internal sealed class ForwardDossierValidator : AbstractValidator<ForwardDossier>
{
    public ForwardDossierValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
        RuleFor(x => x.ToAgencyId).NotEmpty();
    }
}
