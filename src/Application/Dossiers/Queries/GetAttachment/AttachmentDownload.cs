namespace HanoiDvc.Application.Dossiers.Queries.GetAttachment;

/// <summary>An attached file to send: its content (the caller disposes it), its stored media type and its safe name.</summary>
/// <param name="Content">The stored content, open for reading.</param>
/// <param name="MediaType">The media type detected at upload.</param>
/// <param name="FileName">The safe file name.</param>
public sealed record AttachmentDownload(Stream Content, string MediaType, string FileName);
