using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Validation;

namespace HanoiDvc.Application.Accounts.Commands.RegisterCitizen;

internal sealed class RegisterCitizenValidator : AbstractValidator<RegisterCitizen>
{
    public RegisterCitizenValidator(TimeProvider clock)
    {
        RuleFor(x => x.FullName).PersonName();
        RuleFor(x => x.CitizenId).ValidCitizenId();
        RuleFor(x => x.CitizenId)
            .Must((request, value) => !Domain.Accounts.CitizenId.TryParse(value, out var id) || id.MatchesBirthDate(request.DateOfBirth))
            .WithMessage(_ => Localized.Text(
                "Số định danh cá nhân không khớp với năm sinh.",
                "The citizen ID number does not match the year of birth."));
        RuleFor(x => x.DateOfBirth)
            .NotEmpty()
            .LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .GreaterThan(new DateOnly(1900, 1, 1));
        RuleFor(x => x.Phone).ValidPhone();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).StrongPassword(x => [x.CitizenId, x.Phone, x.Email]);
    }
}
