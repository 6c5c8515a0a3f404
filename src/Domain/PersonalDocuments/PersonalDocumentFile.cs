namespace HanoiDvc.Domain.PersonalDocuments;

/// <summary>A stored file as a personal document holds it: the content's key in the file store and what was detected of it.</summary>
/// <param name="FileName">The safe file name.</param>
/// <param name="MediaType">The media type detected from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record PersonalDocumentFile(string FileName, string MediaType, long Size, string Sha256);
