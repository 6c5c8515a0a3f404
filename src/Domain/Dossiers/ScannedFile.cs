namespace HanoiDvc.Domain.Dossiers;

/// <summary>A stored scan: its safe name, detected media type, size and content hash.</summary>
public sealed record ScannedFile(string FileName, string MediaType, long Size, string Sha256)
{
    /// <summary>Largest length of <see cref="FileName"/>.</summary>
    public const int FileNameMaxLength = DossierAttachment.FileNameMaxLength;
}
