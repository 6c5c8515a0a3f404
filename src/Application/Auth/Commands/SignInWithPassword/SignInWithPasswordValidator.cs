namespace HanoiDvc.Application.Auth.Commands.SignInWithPassword;

internal sealed class SignInWithPasswordValidator : AbstractValidator<SignInWithPassword>
{
    public SignInWithPasswordValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength);
    }
}
