namespace HanoiDvc.Domain.Procedures;

/// <summary>In what form a required document is submitted.</summary>
public enum DocumentForm
{
    Original,
    Copy,
    CertifiedCopy,
    OriginalOrCopy,
}
