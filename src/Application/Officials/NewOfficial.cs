namespace HanoiDvc.Application.Officials;

/// <summary>An official's account to create. Values are already validated.</summary>
public sealed record NewOfficial(string UserName, string FullName, string Email, Guid AgencyId, IReadOnlyList<string> Roles);
