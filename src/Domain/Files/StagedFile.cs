namespace HanoiDvc.Domain.Files;

/// <summary>
/// A file its uploader stored to name later by its SHA-256 (an integrator's upload before the ingestion that attaches it).
/// The file store is content-addressed and shared by everyone, so a hash alone never opens a file: only the uploader may
/// name it, and only until it expires. Uploading the same content again renews it.
/// </summary>
public sealed class StagedFile
{
    private StagedFile() { }

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private set; }

    /// <summary>Who uploaded it: the integrator's client id or the user's id.</summary>
    public Guid OwnerId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content, the key of the file store.</summary>
    public string Sha256 { get; private set; } = null!;

    /// <summary>Size in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>When it was (last) uploaded.</summary>
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>After this instant the upload can no longer be named; the file store's collector may then remove the content.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <exception cref="DomainException"><c>staged_file.invalid</c>.</exception>
    public static StagedFile Stage(Guid ownerId, string sha256, long size, DateTimeOffset now, TimeSpan lifetime)
    {
        if (ownerId == Guid.Empty || string.IsNullOrWhiteSpace(sha256) || size <= 0 || lifetime <= TimeSpan.Zero)
        {
            throw new DomainException("staged_file.invalid", "A staged file needs its owner, its hash, a size and a positive lifetime.");
        }

        var at = now.ToUniversalTime();
        return new StagedFile { Id = Guid.CreateVersion7(), OwnerId = ownerId, Sha256 = sha256, Size = size, UploadedAt = at, ExpiresAt = at + lifetime };
    }

    /// <summary>The same owner uploaded the same content again: it may be named for another <paramref name="lifetime"/>.</summary>
    public void Renew(DateTimeOffset now, TimeSpan lifetime)
    {
        UploadedAt = now.ToUniversalTime();
        ExpiresAt = UploadedAt + lifetime;
    }

    /// <summary>Whether <paramref name="ownerId"/> may name this upload at <paramref name="now"/>.</summary>
    public bool IsUsableBy(Guid ownerId, DateTimeOffset now) => OwnerId == ownerId && now < ExpiresAt;
}
