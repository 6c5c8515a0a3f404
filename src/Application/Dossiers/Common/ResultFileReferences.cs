namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The electronic results of dossiers (issued, released or revoked: a revoked result still answers its verification).</summary>
internal sealed class ResultFileReferences(IAppDbContext db) : IFileReferences
{
    public async Task<IReadOnlyCollection<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken) =>
        await db.Dossiers.AsNoTracking().Where(d => d.Result != null && sha256s.Contains(d.Result.Sha256))
            .Select(d => d.Result!.Sha256).Distinct().ToListAsync(cancellationToken);
}
