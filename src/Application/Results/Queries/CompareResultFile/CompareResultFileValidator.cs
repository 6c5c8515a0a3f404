namespace HanoiDvc.Application.Results.Queries.CompareResultFile;

internal sealed class CompareResultFileValidator : AbstractValidator<CompareResultFile>
{
    public CompareResultFileValidator()
    {
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file");
        RuleFor(x => x.Code).NotEmpty().MaximumLength(32);
    }
}
