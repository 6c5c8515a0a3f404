namespace HanoiDvc.Application.Auth.Commands.SignInWithExternalProvider;

internal sealed class SignInWithExternalProviderValidator : AbstractValidator<SignInWithExternalProvider>
{
    public SignInWithExternalProviderValidator()
    {
        RuleFor(x => x.Provider).NotEmpty().MaximumLength(50);
        RuleFor(x => x.IdToken).NotEmpty().MaximumLength(16_384);
    }
}
