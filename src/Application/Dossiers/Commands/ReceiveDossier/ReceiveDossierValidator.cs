using FluentValidation;
using HanoiDvc.Application.Dossiers.Common;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;

internal sealed class ReceiveDossierValidator : AbstractValidator<ReceiveDossier>
{
    public ReceiveDossierValidator()
    {
        RuleFor(x => x.Note).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Note, x => x.CommentAudience);
    }
}
