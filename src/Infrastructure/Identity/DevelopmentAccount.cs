namespace HanoiDvc.Infrastructure.Identity;

/// <summary>An account the development seeder made or found, for the table the migrate command prints.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="Role">Its role.</param>
/// <param name="AgencyCode">Its agency's code, if any.</param>
/// <param name="Created">False when it already existed.</param>
public sealed record DevelopmentAccount(string UserName, string Role, string? AgencyCode, bool Created);
