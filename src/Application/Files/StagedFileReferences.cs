namespace HanoiDvc.Application.Files;

/// <summary>Uploads still staged for their uploader keep their content; expired ones no longer do.</summary>
internal sealed class StagedFileReferences(IAppDbContext db, TimeProvider clock) : IFileReferences
{
    public async Task<IReadOnlyCollection<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.StagedFiles.AsNoTracking().Where(f => f.ExpiresAt > now && sha256s.Contains(f.Sha256))
            .Select(f => f.Sha256).Distinct().ToListAsync(cancellationToken);
    }
}
