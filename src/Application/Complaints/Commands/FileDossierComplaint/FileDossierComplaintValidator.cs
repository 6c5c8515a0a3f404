using HanoiDvc.Application.Complaints.Common;

namespace HanoiDvc.Application.Complaints.Commands.FileDossierComplaint;

internal sealed class FileDossierComplaintValidator : AbstractValidator<FileDossierComplaint>
{
    public FileDossierComplaintValidator()
    {
        RuleFor(x => x.DossierId).NotEmpty();
        RuleFor(x => x.Content).ComplaintContent();
        this.OptionalContacts(x => x.ContactEmail, x => x.ContactPhone);
    }
}
