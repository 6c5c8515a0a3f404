namespace HanoiDvc.Application.Dossiers.Commands.StartDossier;

internal sealed class StartDossierValidator : AbstractValidator<StartDossier>
{
    public StartDossierValidator()
    {
        RuleFor(x => x.ProcedureId).NotEmpty();
        RuleFor(x => x.DecidingAgencyId).NotEmpty();
        RuleFor(x => x.FormData).NotNull();
        RuleFor(x => (IReadOnlyDictionary<string, string?>?)x.FormData).FormValues().OverridePropertyName("formData");
    }
}
