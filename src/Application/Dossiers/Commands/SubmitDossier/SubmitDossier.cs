using AutoMapper;
using HanoiDvc.Application.Common.Idempotency;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Dossiers.Commands.SubmitDossier;

/// <summary>
/// Submits a draft online: the form is checked against the procedure version's schema and a tracking number is given.
/// With an <paramref name="IdempotencyKey"/>, a retry returns the same dossier; the same key with other content is refused.
/// </summary>
[RequiresRole(Roles.Citizen, Roles.Organisation, Roles.Receptionist)]
public sealed record SubmitDossier(Guid Id, IReadOnlyDictionary<string, string?>? FormData, string? IdempotencyKey) : IRequest<DossierDto>;

internal sealed class SubmitDossierHandler(IAppDbContext db, ICurrentUser user, DossierChange change, TimeProvider clock, IMapper mapper)
    : IRequestHandler<SubmitDossier, DossierDto>
{
    public async Task<DossierDto> Handle(SubmitDossier request, CancellationToken cancellationToken)
    {
        if (request.IdempotencyKey is null)
        {
            return await change.ApplyAsync(request.Id, c => c.Dossier.Submit(c.Actor, c.Now, TrackingNumbers.New(), request.FormData), cancellationToken);
        }

        // The key is saved with the submission: a first try costs no look-up. A retry of one that committed finds the draft
        // already submitted (the domain refuses) or loses the key's unique index to a concurrent first try; either way the
        // earlier use of the key answers, and the same key with other content is a 422.
        var userId = user.UserId ?? throw new NotSignedInException();
        var hash = Hash(request);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            UserId = userId, Key = request.IdempotencyKey, RequestHash = hash, ResourceId = request.Id, CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            return await change.ApplyAsync(request.Id, c => c.Dossier.Submit(c.Actor, c.Now, TrackingNumbers.New(), request.FormData), cancellationToken);
        }
        catch (Exception failure) when (failure is DbUpdateException or DomainException)
        {
            db.DiscardChanges();
            if (await ReplayAsync(userId, request.IdempotencyKey, hash, cancellationToken) is not { } replay)
            {
                throw;
            }

            return replay;
        }
    }

    private async Task<DossierDto?> ReplayAsync(Guid userId, string key, string hash, CancellationToken cancellationToken)
    {
        if (await IdempotencyKeys.EarlierResultAsync(db, userId, key, hash, cancellationToken) is not { } dossierId)
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().WithParts().SingleAsync(d => d.Id == dossierId, cancellationToken);
        return mapper.Map<DossierDto>(dossier).For(user);
    }

    private static string Hash(SubmitDossier request)
    {
        var form = request.FormData?.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        return IdempotencyKeys.Hash(new { request.Id, form });
    }
}
