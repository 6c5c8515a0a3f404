namespace HanoiDvc.Application.Documents;

/// <summary>The official who signs the form.</summary>
/// <param name="Name">Full name (e.g. "Trần Thị Mai").</param>
/// <param name="Title">Position as printed above the signature (e.g. "Công chức tiếp nhận hồ sơ", "Phó Giám đốc").</param>
/// <param name="Phone">Telephone number the applicant can call for guidance.</param>
public sealed record DocumentOfficial(string Name, string Title, string? Phone = null);
