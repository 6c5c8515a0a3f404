using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Application.Accounts.Events;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Outbox;
using HanoiDvc.Domain.Accounts;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Accounts.Commands.RequestPasswordReset;

/// <summary>
/// Mails a password reset link to a local account's e-mail address. The caller always gets the same answer, whether or
/// not the account exists or has an address, and the work done is nearly the same (one outbox row either way; the mail
/// goes out afterwards), so the answer's timing tells nothing either.
/// </summary>
/// <param name="Account">The citizen ID, tax code, user name or e-mail the person signs in with.</param>
public sealed record RequestPasswordReset(string Account) : IRequest<Unit>;

internal sealed class RequestPasswordResetHandler(
    IAppDbContext db, IIdentityService identity, IOptions<PasswordResetOptions> options, TimeProvider clock)
    : IRequestHandler<RequestPasswordReset, Unit>
{
    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now.AddMinutes(options.Value.TokenLifetimeMinutes);
        var userId = await identity.FindPasswordResetAccountAsync(request.Account.Trim(), cancellationToken);
        string? token = null;
        if (userId is { } id)
        {
            // A newer link supersedes the ones still outstanding.
            await db.PasswordResetTokens.Where(t => t.UserId == id && t.UsedAt == null && t.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
            (token, var hash) = SessionTokenService.NewToken();
            db.PasswordResetTokens.Add(PasswordResetToken.Issue(id, hash, now, expiresAt - now));
        }

        db.OutboxMessages.Add(OutboxMessage.For(new PasswordResetRequested(userId, token, expiresAt, now), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
