using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;

internal sealed class ReceiveDossierValidator : AbstractValidator<ReceiveDossier>
{
    public ReceiveDossierValidator()
    {
        RuleFor(x => x.Note).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Note, x => x.CommentAudience);
        // The extension goes with its reason (written on the receipt); its bound is the procedure's, checked by the dossier.
        RuleFor(x => x.ExtensionDays).GreaterThan(0).When(x => x.ExtensionDays is not null);
        RuleFor(x => x.ExtensionReason).NotEmpty().MaximumLength(DossierInputRules.MaxText).When(x => x.ExtensionDays is not null);
        RuleFor(x => x.ExtensionReason).Empty().When(x => x.ExtensionDays is null)
            .WithMessage(_ => Localized.Text("Lý do gia hạn chỉ ghi khi có số ngày gia hạn.", "An extension reason goes with the extension days."));
        RuleForEach(x => x.ReceivedPapers).SetValidator(new ReceivedPaperValidator());
    }
}
