namespace HanoiDvc.Domain.Agencies;

/// <summary>Where and when the public can reach an agency.</summary>
/// <param name="Address">Street address.</param>
/// <param name="Phone">Reception phone, if published.</param>
/// <param name="Email">Reception e-mail, if published.</param>
/// <param name="ReceptionHours">Opening hours of the reception desk, as published (e.g. "Thứ Hai – Thứ Sáu: 08:00–12:00, 13:00–17:00").</param>
public sealed record AgencyContact(string? Address, string? Phone, string? Email, string? ReceptionHours)
{
    public static AgencyContact None { get; } = new(null, null, null, null);
}
