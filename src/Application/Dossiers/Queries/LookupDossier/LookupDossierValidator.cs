namespace HanoiDvc.Application.Dossiers.Queries.LookupDossier;

internal sealed class LookupDossierValidator : AbstractValidator<LookupDossier>
{
    public LookupDossierValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(30);
        RuleFor(x => x.CitizenId).NotEmpty().Matches(@"^\d{12}$");
    }
}
