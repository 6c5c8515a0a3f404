namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The files attached to dossiers (any state, any agency: the collector sees everything).</summary>
internal sealed class AttachmentFileReferences(IAppDbContext db) : IFileReferences
{
    public async Task<IReadOnlyCollection<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken) =>
        await db.Dossiers.AsNoTracking().SelectMany(d => d.Attachments).Where(a => sha256s.Contains(a.Sha256))
            .Select(a => a.Sha256).Distinct().ToListAsync(cancellationToken);
}
