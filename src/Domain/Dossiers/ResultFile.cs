namespace HanoiDvc.Domain.Dossiers;

/// <summary>A stored result file as the use case hands it to the dossier.</summary>
/// <param name="Origin">Uploaded or generated.</param>
/// <param name="DocumentType">What the document is (e.g. "Quyết định công nhận văn bằng").</param>
/// <param name="FileName">The safe file name.</param>
/// <param name="MediaType">The media type detected from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
/// <param name="VerificationCode">A new <see cref="ResultVerificationCode"/> (also printed in a generated file).</param>
public sealed record ResultFile(ResultOrigin Origin, string DocumentType, string FileName, string MediaType, long Size, string Sha256, string VerificationCode);
