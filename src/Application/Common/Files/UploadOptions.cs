namespace HanoiDvc.Application.Common.Files;

/// <summary>Configuration section <c>Uploads</c>: limits of attachments.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest accepted file (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest total of one dossier's attachments (default 50 MB).</summary>
    public long MaxDossierBytes { get; set; } = 50 * 1024 * 1024;
}
