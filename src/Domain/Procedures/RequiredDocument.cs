namespace HanoiDvc.Domain.Procedures;

/// <summary>A document of the dossier (thành phần hồ sơ), with the template to download if there is one.</summary>
public sealed record RequiredDocument(string Name, string NameEn, DocumentForm Form, int Count, bool Mandatory, string? Template);
