using System.Security.Cryptography;
using System.Text.RegularExpressions;
using HanoiDvc.Application.Common.Interfaces;
using Microsoft.Extensions.Hosting;

namespace HanoiDvc.Infrastructure.Files;

/// <summary>
/// Content-addressed store on local disk: <c>root/ab/cd/abcd…</c> by SHA-256. Writes go to a temporary file that is
/// moved into place, so a reader never sees half an object and two writers of the same content do not conflict.
/// </summary>
internal sealed partial class LocalFileStore(IOptions<LocalFileStoreOptions> options, IHostEnvironment environment) : IFileStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public async Task<StoredObject> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var temporary = Path.Combine(_root, $".upload-{Guid.CreateVersion7():N}");
        try
        {
            string hash;
            long length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                length = file.Length;
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            var target = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
            {
                // Already stored: mark it written now, so the collector's grace period covers the row about to point to it.
                File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
            }
            else
            {
                File.Move(temporary, target, overwrite: true);
            }

            return new StoredObject(hash, length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(sha256));
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<StoredEntry> ListAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken) =>
        List(writtenBefore, cancellationToken).ToAsyncEnumerable();

    private IEnumerable<StoredEntry> List(DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_root))
        {
            yield break;
        }

        // Only names of the store's shape, two levels down: temporary uploads (".upload-…") and anything else are left alone.
        foreach (var path in Directory.EnumerateFiles(_root, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (!Sha256().IsMatch(name) || path != PathOf(name))
            {
                continue;
            }

            var info = new FileInfo(path);
            if (info.Exists && info.LastWriteTimeUtc < writtenBefore.UtcDateTime)
            {
                yield return new StoredEntry(name, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
            }
        }
    }

    private string PathOf(string sha256) =>
        Sha256().IsMatch(sha256)
            ? Path.Combine(_root, sha256[..2], sha256[2..4], sha256)
            : throw new ArgumentException("Not a lower-case hex SHA-256.", nameof(sha256));

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
