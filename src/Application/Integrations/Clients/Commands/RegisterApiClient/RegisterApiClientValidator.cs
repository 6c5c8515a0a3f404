using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Clients.Commands.RegisterApiClient;

internal sealed class RegisterApiClientValidator : AbstractValidator<RegisterApiClient>
{
    public RegisterApiClientValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ContactEmail).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(x => x.Scopes).NotEmpty();
        RuleForEach(x => x.Scopes).Must(IntegratorScopes.IsKnown).WithMessage($"One of: {string.Join(", ", IntegratorScopes.All)}.");
        RuleFor(x => x.AgencyIds).NotNull();
    }
}
