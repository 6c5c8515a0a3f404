using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveWalkInDossier;

internal sealed class ReceiveWalkInDossierValidator : AbstractValidator<ReceiveWalkInDossier>
{
    public ReceiveWalkInDossierValidator()
    {
        RuleFor(x => x.ProcedureId).NotEmpty();
        RuleFor(x => x.DecidingAgencyId).NotEmpty();
        RuleFor(x => x.Channel).Must(c => c is Channel.InPerson or Channel.Post)
            .WithMessage(_ => Localized.Text("Hồ sơ giấy được nộp trực tiếp hoặc qua bưu chính.", "A paper dossier comes in person or by post."));
        RuleFor(x => x.Applicant).NotNull();
        RuleFor(x => x.Applicant.FullName).NotEmpty().MaximumLength(200).When(x => x.Applicant is not null);
        RuleFor(x => x.Applicant.CitizenId).Must(id => CitizenId.TryParse(id, out _))
            .WithMessage(_ => Localized.Text("Số định danh cá nhân gồm đúng 12 chữ số hợp lệ.", "A citizen ID is 12 valid digits."))
            .When(x => x.Applicant is not null);
        RuleFor(x => x.Applicant.Phone).Must(p => VietnamesePhone.TryParse(p, out _))
            .WithMessage(_ => Localized.Text("Số điện thoại di động Việt Nam không hợp lệ.", "Not a valid Vietnamese mobile number."))
            .When(x => x.Applicant is not null);
        RuleFor(x => x.Applicant.Email).EmailAddress().MaximumLength(256).When(x => !string.IsNullOrEmpty(x.Applicant?.Email));
        RuleFor(x => x.FormData).NotNull();
        RuleFor(x => x.Note).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Note, x => x.CommentAudience);
        RuleForEach(x => x.ReceivedPapers).SetValidator(new ReceiveDossier.ReceivedPaperValidator());
    }
}
