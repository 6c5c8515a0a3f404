namespace HanoiDvc.Domain.Dossiers;

/// <summary>The official roles that act on dossiers. Applicants have none.</summary>
public static class DossierRoles
{
    /// <summary>Bộ phận một cửa: receives dossiers and returns results.</summary>
    public const string Receptionist = "Receptionist";

    /// <summary>Chuyên viên thụ lý: processes the dossier.</summary>
    public const string Specialist = "Specialist";

    /// <summary>Lãnh đạo: assigns, approves, refuses, stops.</summary>
    public const string Leader = "Leader";

    /// <summary>Every official role.</summary>
    public static IReadOnlyList<string> All { get; } = [Receptionist, Specialist, Leader];
}
