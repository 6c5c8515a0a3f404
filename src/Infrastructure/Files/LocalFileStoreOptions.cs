namespace HanoiDvc.Infrastructure.Files;

/// <summary>Configuration section <c>FileStore</c>.</summary>
public sealed class LocalFileStoreOptions
{
    public const string Section = "FileStore";

    /// <summary>Folder of the stored objects; never under wwwroot. Relative paths are taken from the content root.</summary>
    public string Root { get; set; } = "data/files";
}
