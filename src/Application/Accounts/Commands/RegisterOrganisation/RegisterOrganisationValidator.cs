using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Validation;
using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Accounts.Commands.RegisterOrganisation;

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(x => x.OrganisationName).NotEmpty().MaximumLength(300);
        RuleFor(x => x.OrganisationCode).ValidOrganisationCode();
        RuleFor(x => x.ApplicantType)
            .Must(t => t is ApplicantType.Organisation or ApplicantType.School)
            .WithMessage(_ => Localized.Text("Loại tổ chức phải là Organisation hoặc School.", "The applicant type must be Organisation or School."));
        RuleFor(x => x.RepresentativeName).PersonName();
        RuleFor(x => x.Phone).ValidPhone();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).StrongPassword(x => [x.OrganisationCode, x.Phone, x.Email]);
    }
}
