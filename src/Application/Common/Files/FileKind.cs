namespace HanoiDvc.Application.Common.Files;

/// <summary>The kinds of file an applicant may attach, recognised by their content.</summary>
public enum FileKind
{
    Pdf,
    Jpeg,
    Png,
    Docx,
}
