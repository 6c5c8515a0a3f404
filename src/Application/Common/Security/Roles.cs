namespace HanoiDvc.Application.Common.Security;

/// <summary>Role names as stored in the Identity tables and carried in access tokens (one <c>role</c> claim each).</summary>
public static class Roles
{
    /// <summary>Receives dossiers at the one-stop desk (Bộ phận một cửa).</summary>
    public const string Receptionist = nameof(Receptionist);

    /// <summary>Examines dossiers (chuyên viên).</summary>
    public const string Specialist = nameof(Specialist);

    /// <summary>Decides and signs (lãnh đạo).</summary>
    public const string Leader = nameof(Leader);

    /// <summary>Manages the officials of one agency and of the agencies below it.</summary>
    public const string AgencyAdmin = nameof(AgencyAdmin);

    /// <summary>Administers the whole system.</summary>
    public const string SystemAdmin = nameof(SystemAdmin);

    /// <summary>A person who submits dossiers.</summary>
    public const string Citizen = nameof(Citizen);

    /// <summary>The representative of an organisation or school that submits dossiers.</summary>
    public const string Organisation = nameof(Organisation);

    /// <summary>Roles that an official may hold.</summary>
    public static IReadOnlyList<string> Official { get; } = [Receptionist, Specialist, Leader, AgencyAdmin, SystemAdmin];

    /// <summary>Every role, as loaded into the database by the reference data.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Official, Citizen, Organisation];
}
