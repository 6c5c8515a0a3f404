using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Validation;
using HanoiDvc.Application.Complaints.Common;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Commands.FileProcedureComplaint;

internal sealed class FileProcedureComplaintValidator : AbstractValidator<FileProcedureComplaint>
{
    public FileProcedureComplaintValidator()
    {
        RuleFor(x => x.ProcedureId).NotEmpty();
        RuleFor(x => x.DecidingAgencyId).NotEmpty();
        RuleFor(x => x.Name).PersonName().MaximumLength(Complaint.NameMaxLength);
        RuleFor(x => x.Content).ComplaintContent();
        this.OptionalContacts(x => x.ContactEmail, x => x.ContactPhone);
        RuleFor(x => x.ContactEmail).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.ContactPhone))
            .WithMessage(_ => Localized.Text("Cần một địa chỉ e-mail hoặc số điện thoại để nhận trả lời.", "Give an e-mail address or a phone number to receive the answer."));
    }
}
