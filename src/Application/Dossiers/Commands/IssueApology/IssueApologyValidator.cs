namespace HanoiDvc.Application.Dossiers.Commands.IssueApology;

internal sealed class IssueApologyValidator : AbstractValidator<IssueApology>
{
    public IssueApologyValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(4000);
        // The title is printed as recorded (form 04's signature block), so it is required and short.
        RuleFor(x => x.SignerTitle).NotEmpty().MaximumLength(200);
    }
}
