namespace HanoiDvc.Application.Dossiers.Commands.AttachFile;

internal sealed class AttachFileValidator : AbstractValidator<AttachFile>
{
    public AttachFileValidator()
    {
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file");
        RuleFor(x => x.ClientFileName).MaximumLength(1000).OverridePropertyName("file");
        RuleFor(x => x.DocumentName).MaximumLength(DossierAttachment.DocumentNameMaxLength);
    }
}
