using HanoiDvc.Application.Auth.Common;

namespace HanoiDvc.Application.Auth.Commands.SignOutSession;

/// <summary>Ends the session of a refresh token: every token of its family is revoked. Unknown or missing tokens are ignored.</summary>
/// <param name="RefreshToken">The token from the refresh cookie.</param>
public sealed record SignOutSession(string? RefreshToken) : IRequest<Unit>;

internal sealed class SignOutSessionHandler(SessionTokenService sessions) : IRequestHandler<SignOutSession, Unit>
{
    public async Task<Unit> Handle(SignOutSession request, CancellationToken cancellationToken)
    {
        var stored = await sessions.FindAsync(request.RefreshToken, cancellationToken);
        if (stored is not null)
        {
            await sessions.RevokeFamilyAsync(stored.FamilyId, cancellationToken);
        }

        return Unit.Value;
    }
}
