namespace HanoiDvc.Infrastructure.Files;

/// <summary>Configuration section <c>FileStore</c>.</summary>
public sealed class LocalFileStoreOptions
{
    public const string Section = "FileStore";

    /// <summary>Folder of the stored objects; never under wwwroot. Relative paths are taken from the content root.</summary>
    public string Root { get; set; } = "data/files";

    /// <summary>How long an unreferenced object is kept before the nightly collection deletes it (a row may be about to point to it).</summary>
    public int OrphanGraceHours { get; set; } = 24;

    /// <summary>When the collection runs (cron, Hanoi time).</summary>
    public string OrphanCollectionCron { get; set; } = "0 2 * * *";
}
