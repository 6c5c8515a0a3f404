using HanoiDvc.Application.Dossiers.Queries.GetAttachment;

namespace HanoiDvc.Application.Dossiers.Queries.GetResult;

/// <summary>
/// A dossier's electronic result file: for the officials of the agencies handling it at any time, for its applicant once
/// released with the returned result; 404 for anyone else and for the applicant before the release.
/// </summary>
/// <param name="DossierId">The dossier.</param>
[RequiresRole]
public sealed record GetResult(Guid DossierId) : IRequest<AttachmentDownload>;

internal sealed class GetResultHandler(IAppDbContext db, ICurrentUser user, IFileStore files) : IRequestHandler<GetResult, AttachmentDownload>
{
    public async Task<AttachmentDownload> Handle(GetResult request, CancellationToken cancellationToken)
    {
        var result = await ResultReading.FindAsync(db, user, request.DossierId, cancellationToken);
        var content = await files.OpenAsync(result.Sha256, cancellationToken) ?? throw ResultReading.NotFound(request.DossierId);
        return new AttachmentDownload(content, result.MediaType, result.FileName);
    }
}

/// <summary>The read rule of a dossier's result, shared by the file and its verification sheet.</summary>
internal static class ResultReading
{
    public static async Task<ResultDocument> FindAsync(IAppDbContext db, ICurrentUser user, Guid dossierId, CancellationToken cancellationToken)
    {
        var found = await db.Dossiers.AsNoTracking().Visible(user)
            .Where(d => d.Id == dossierId && d.Result != null)
            .Select(d => new { d.ApplicantId, d.Result })
            .SingleOrDefaultAsync(cancellationToken);
        // Officials see it from its issue; the applicant (whom Visible lets through by ownership) only once released.
        var official = user.AgencyId is not null || user.IsInRole(Roles.SystemAdmin);
        return found?.Result is { } result && (official || result.IsReleased) ? result : throw NotFound(dossierId);
    }

    public static NotFoundException NotFound(Guid dossierId) => new($"Dossier {dossierId} has no electronic result you can read.");
}
