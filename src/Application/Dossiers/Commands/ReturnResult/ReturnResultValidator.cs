namespace HanoiDvc.Application.Dossiers.Commands.ReturnResult;

internal sealed class ReturnResultValidator : AbstractValidator<ReturnResult>
{
    public ReturnResultValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
        RuleFor(x => x.Channel).IsInEnum();
    }
}
