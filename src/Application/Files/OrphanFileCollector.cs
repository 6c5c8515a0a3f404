using Microsoft.Extensions.Logging;

namespace HanoiDvc.Application.Files;

/// <summary>What one collection run found and removed.</summary>
/// <param name="Examined">Stored objects older than the grace period.</param>
/// <param name="Deleted">Those no row referenced, now deleted.</param>
/// <param name="DeletedBytes">Their total size.</param>
public sealed record OrphanCollection(int Examined, int Deleted, long DeletedBytes);

/// <summary>
/// Deletes stored objects that no row references and that were last written more than a grace period ago. A file is
/// written before the row that points to it is committed; the grace period (a day by default) keeps uploads in flight,
/// and content stored again (which refreshes its write time), safe from a concurrent run.
/// </summary>
public sealed partial class OrphanFileCollector(
    IFileStore files, IEnumerable<IFileReferences> references, IAppDbContext db, TimeProvider clock, ILogger<OrphanFileCollector> logger)
{
    private const int BatchSize = 500;

    public async Task<OrphanCollection> CollectAsync(TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        // Expired staged uploads can no longer be named: their rows go, and their content with them unless a dossier holds it.
        var now = clock.GetUtcNow();
        await db.StagedFiles.Where(f => f.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var examined = 0;
        var deleted = 0;
        var bytes = 0L;
        var batch = new List<StoredEntry>(BatchSize);
        await foreach (var entry in files.ListAsync(now - gracePeriod, cancellationToken))
        {
            batch.Add(entry);
            if (batch.Count == BatchSize)
            {
                (var d, var b) = await CollectBatchAsync(batch, cancellationToken);
                (examined, deleted, bytes) = (examined + batch.Count, deleted + d, bytes + b);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            (var d, var b) = await CollectBatchAsync(batch, cancellationToken);
            (examined, deleted, bytes) = (examined + batch.Count, deleted + d, bytes + b);
        }

        LogCollected(logger, examined, deleted, bytes);
        return new OrphanCollection(examined, deleted, bytes);
    }

    private async Task<(int Deleted, long Bytes)> CollectBatchAsync(List<StoredEntry> batch, CancellationToken cancellationToken)
    {
        var hashes = batch.Select(e => e.Sha256).ToList();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in references)
        {
            kept.UnionWith(await source.ReferencedAsync(hashes, cancellationToken));
        }

        var deleted = 0;
        var bytes = 0L;
        foreach (var entry in batch.Where(e => !kept.Contains(e.Sha256)))
        {
            await files.DeleteAsync(entry.Sha256, cancellationToken);
            deleted++;
            bytes += entry.Length;
        }

        return (deleted, bytes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orphan files: {Examined} examined, {Deleted} deleted ({Bytes} bytes)")]
    private static partial void LogCollected(ILogger logger, int examined, int deleted, long bytes);
}
