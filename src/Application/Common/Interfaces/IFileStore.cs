namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// Stores file contents by their SHA-256, so a retry writes the same object and a row points to it by hash.
/// Write the content first, then commit the row that references it; unreferenced objects are collected later.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> and returns its lower-case hex SHA-256 and length.</summary>
    Task<StoredObject> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored object for reading, or returns null when there is none with that hash.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken);

    Task DeleteAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// The stored objects last written before <paramref name="writtenBefore"/>. Saving content that is already stored
    /// counts as a write, so an object a new row is about to reference always looks recent.
    /// </summary>
    IAsyncEnumerable<StoredEntry> ListAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken);
}

/// <summary>A stored object: its content hash and size.</summary>
public sealed record StoredObject(string Sha256, long Length);

/// <summary>A stored object as listed: its content hash, size and when it was last written (UTC).</summary>
public sealed record StoredEntry(string Sha256, long Length, DateTimeOffset WrittenAt);
