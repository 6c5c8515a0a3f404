namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// "Cơ quan/người có thẩm quyền quyết định": the body or office holder the law names as deciding the procedure (e.g. the
/// Chairman of the city People's Committee), which may differ from the agency that receives and appraises the dossier.
/// Always published with the provision that names it.
/// </summary>
/// <param name="Name">As the law names it (Vietnamese).</param>
/// <param name="NameEn">In English.</param>
/// <param name="LegalBasis">The document and article that name it.</param>
public sealed record DecidingAuthority(string Name, string? NameEn, string LegalBasis);
