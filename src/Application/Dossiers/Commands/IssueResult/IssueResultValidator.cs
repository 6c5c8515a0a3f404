namespace HanoiDvc.Application.Dossiers.Commands.IssueResult;

internal sealed class IssueResultValidator : AbstractValidator<IssueResult>
{
    public IssueResultValidator()
    {
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file");
        RuleFor(x => x.ClientFileName).MaximumLength(1000).OverridePropertyName("file");
        RuleFor(x => x.DocumentType).MaximumLength(ResultDocument.DocumentTypeMaxLength);
    }
}
