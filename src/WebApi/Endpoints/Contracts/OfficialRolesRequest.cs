namespace HanoiDvc.WebApi.Endpoints.Contracts;

/// <summary>The complete new set of an official's roles.</summary>
/// <param name="Roles">Receptionist, Specialist, Leader, AgencyAdmin and/or SystemAdmin.</param>
public sealed record OfficialRolesRequest(IReadOnlyList<string> Roles);
