namespace HanoiDvc.Application.Dossiers.Commands.SubmitForApproval;

internal sealed class SubmitForApprovalValidator : AbstractValidator<SubmitForApproval>
{
    public SubmitForApprovalValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
    }
}
