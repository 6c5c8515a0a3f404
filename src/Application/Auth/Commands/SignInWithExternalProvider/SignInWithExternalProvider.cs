using HanoiDvc.Application.Auth.Commands.SignInWithPassword;
using HanoiDvc.Application.Auth.Common;

namespace HanoiDvc.Application.Auth.Commands.SignInWithExternalProvider;

/// <summary>
/// Signs a citizen in with an ID token of an external OpenID Connect provider (VNeID): the citizen is found by the
/// provider's subject or by citizen ID, or created, marked as verified, and gets the application's own tokens.
/// </summary>
/// <param name="Provider">Configured provider name (e.g. <c>VNeID</c>), case-insensitive.</param>
/// <param name="IdToken">The provider's ID token (JWT).</param>
/// <param name="ClientIp">Address of the caller, kept with the refresh token.</param>
public sealed record SignInWithExternalProvider(string Provider, string IdToken, string? ClientIp) : IRequest<SessionTokens>;

internal sealed class SignInWithExternalProviderHandler(
    IExternalIdentityValidator validator, IIdentityService identity, SessionTokenService sessions)
    : IRequestHandler<SignInWithExternalProvider, SessionTokens>
{
    public async Task<SessionTokens> Handle(SignInWithExternalProvider request, CancellationToken cancellationToken)
    {
        var person = await validator.ValidateAsync(request.Provider, request.IdToken, cancellationToken);
        var account = await identity.SignInExternalCitizenAsync(person, cancellationToken);
        if (account.IsLockedOut)
        {
            throw SignInWithPasswordHandler.LockedOut();
        }

        return await sessions.StartAsync(account, request.ClientIp, cancellationToken);
    }
}
