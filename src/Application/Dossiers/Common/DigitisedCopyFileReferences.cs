namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The scans of digitised copies (any state, any agency: the collector sees everything).</summary>
internal sealed class DigitisedCopyFileReferences(IAppDbContext db) : IFileReferences
{
    public async Task<IReadOnlyCollection<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken) =>
        await db.Dossiers.AsNoTracking().SelectMany(d => d.DigitisedCopies).Where(c => sha256s.Contains(c.Sha256))
            .Select(c => c.Sha256).Distinct().ToListAsync(cancellationToken);
}
