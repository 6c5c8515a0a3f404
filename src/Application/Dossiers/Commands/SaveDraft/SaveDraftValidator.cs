namespace HanoiDvc.Application.Dossiers.Commands.SaveDraft;

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraft>
{
    public SaveDraftValidator()
    {
        RuleFor(x => x.FormData).NotNull().FormValues();
    }
}
