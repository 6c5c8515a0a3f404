using FluentValidation.Results;
using HanoiDvc.Application.Common.Idempotency;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Dossiers.Queries.GetDossier;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// <c>Idempotency-Key</c> on every workflow action: the key (scoped to the caller) is saved with the action's change, in the
/// same save, so a retry of an action whose answer was lost (the connection cut after the commit) answers the dossier as it
/// now is — the code it was given, its new status — instead of a 409. The same key with another action or body is a 422.
/// </summary>
internal sealed class DossierTransitionIdempotency<TRequest, TResponse>(
    IAppDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock, IMediator mediator)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IDossierTransition transition || preconditions.IdempotencyKey is not { } key)
        {
            return await next();
        }

        if (!IdempotencyKeys.IsWellFormed(key))
        {
            throw new RequestValidationException([new ValidationFailure("IdempotencyKey",
                Localized.Text("Khóa Idempotency-Key gồm 8–100 ký tự A-Z a-z 0-9 . _ : -.", "An Idempotency-Key has 8–100 characters A-Z a-z 0-9 . _ : -."))]);
        }

        var userId = user.UserId ?? throw new NotSignedInException();
        var hash = IdempotencyKeys.Hash(new { Action = typeof(TRequest).Name, Request = request });
        // Saved with the change, looked up only when the change fails: a first try costs no look-up.
        db.SaveWithNextChange(new IdempotencyRecord { UserId = userId, Key = key, RequestHash = hash, ResourceId = transition.Id, CreatedAt = clock.GetUtcNow() });
        try
        {
            return await next();
        }
        catch (Exception failure) when (failure is DbUpdateException or DomainException)
        {
            // An earlier try with the same key committed (this one then found the dossier already moved on, or lost the key's
            // unique index or the row version to a concurrent one): answer what it produced; the same key with another
            // action or body is a 422. With no earlier try the failure is this request's own.
            db.DiscardChanges();
            if (await IdempotencyKeys.EarlierResultAsync(db, userId, key, hash, cancellationToken) is not { } replay)
            {
                throw;
            }

            return await ReplayAsync(replay, cancellationToken);
        }
    }

    private async Task<TResponse> ReplayAsync(Guid dossierId, CancellationToken cancellationToken) =>
        (TResponse)(object)await mediator.Send(new GetDossier(dossierId), cancellationToken);
}
