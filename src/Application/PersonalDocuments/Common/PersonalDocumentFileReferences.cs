namespace HanoiDvc.Application.PersonalDocuments.Common;

/// <summary>The documents still in their owners' stores keep their content; a removed one keeps it only through a dossier.</summary>
internal sealed class PersonalDocumentFileReferences(IAppDbContext db) : IFileReferences
{
    public async Task<IReadOnlyCollection<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken) =>
        await db.PersonalDocuments.AsNoTracking().Where(d => d.RemovedAt == null && sha256s.Contains(d.Sha256))
            .Select(d => d.Sha256).Distinct().ToListAsync(cancellationToken);
}
