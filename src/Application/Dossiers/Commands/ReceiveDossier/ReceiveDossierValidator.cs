using FluentValidation;
using HanoiDvc.Application.Dossiers.Common;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;

internal sealed class ReceiveDossierValidator : AbstractValidator<ReceiveDossier>
{
    public ReceiveDossierValidator()
    {
        RuleFor(x => x.Note).MaximumLength(DossierInputRules.MaxText);
        RuleForEach(x => x.ReceivedPapers).SetValidator(new ReceivedPaperValidator());
    }
}
