namespace HanoiDvc.Application.Dossiers.Commands.ReturnToSpecialist;

internal sealed class ReturnToSpecialistValidator : AbstractValidator<ReturnToSpecialist>
{
    public ReturnToSpecialistValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(4000);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
    }
}
