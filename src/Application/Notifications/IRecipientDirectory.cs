namespace HanoiDvc.Application.Notifications;

/// <summary>Who holds a role in an agency, and how to reach a user.</summary>
public interface IRecipientDirectory
{
    /// <summary>The active users holding <paramref name="role"/> in <paramref name="agencyId"/>.</summary>
    Task<IReadOnlyList<Guid>> InRoleAsync(Guid agencyId, string role, CancellationToken cancellationToken);

    /// <summary>The users' addresses (email, phone), for those that exist.</summary>
    Task<IReadOnlyDictionary<Guid, RecipientAddress>> AddressesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}

/// <summary>How to reach a user outside the application.</summary>
/// <param name="Name">Full name, for the greeting.</param>
/// <param name="Email">Email, if any.</param>
/// <param name="Phone">Mobile phone, if any (SMS, Zalo).</param>
/// <param name="English">Whether the user chose English (Vietnamese otherwise).</param>
public sealed record RecipientAddress(string Name, string? Email, string? Phone, bool English);
