namespace HanoiDvc.Domain.Procedures;

/// <summary>Who may apply; a procedure may allow several.</summary>
[Flags]
public enum ApplicantTypes
{
    None = 0,
    Citizen = 1,
    Organisation = 2,
    School = 4,
}
