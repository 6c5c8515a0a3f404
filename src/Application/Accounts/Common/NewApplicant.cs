using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Accounts.Common;

/// <summary>An applicant account to create. Values are already validated and normalised.</summary>
/// <param name="Type">Citizen, organisation or school.</param>
/// <param name="UserName">Sign-in name: the citizen ID for citizens, the organisation code for organisations.</param>
/// <param name="FullName">The citizen's, or the representative's, full name.</param>
/// <param name="Email">Contact e-mail (unique).</param>
/// <param name="PhoneNumber">Phone in national form.</param>
/// <param name="CitizenId">Citizens only.</param>
/// <param name="DateOfBirth">Citizens only.</param>
/// <param name="OrganisationCode">Organisations and schools only.</param>
/// <param name="OrganisationName">Organisations and schools only.</param>
public sealed record NewApplicant(
    ApplicantType Type,
    string UserName,
    string FullName,
    string Email,
    string PhoneNumber,
    string? CitizenId,
    DateOnly? DateOfBirth,
    string? OrganisationCode,
    string? OrganisationName);
