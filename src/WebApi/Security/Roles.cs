namespace HanoiDvc.WebApi.Security;

/// <summary>Role names as stored in the Identity tables and carried in access tokens.</summary>
public static class Roles
{
    public const string SystemAdmin = nameof(SystemAdmin);
}
