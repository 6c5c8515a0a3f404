using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Accounts.Commands.RequestPasswordReset;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(x => x.Account).Must(a => !string.IsNullOrWhiteSpace(a))
            .WithMessage(_ => Localized.Text(
                "Vui lòng nhập số CCCD, mã số thuế hoặc email.",
                "Enter your citizen ID number, tax code or e-mail."))
            .MaximumLength(256);
    }
}
