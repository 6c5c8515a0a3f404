using HanoiDvc.Application.Common.Validation;

namespace HanoiDvc.Application.Accounts.Commands.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(200);
        // The rules of registration; those about the account's own details (citizen ID, phone…) are Identity's, on save.
        RuleFor(x => x.NewPassword).StrongPassword();
    }
}
