namespace HanoiDvc.Application.Documents;

/// <summary>The applicant as printed on a form; absent details print as a blank to fill in by hand.</summary>
/// <param name="Name">Full name of the citizen or organisation (e.g. "Nguyễn Văn Đức").</param>
/// <param name="CitizenId">12-digit citizen identity number (CCCD), when the applicant is a citizen.</param>
/// <param name="Address">Postal address.</param>
/// <param name="Phone">Telephone number.</param>
/// <param name="Email">E-mail address.</param>
public sealed record DocumentApplicant(string Name, string? CitizenId, string? Address, string? Phone, string? Email = null);
