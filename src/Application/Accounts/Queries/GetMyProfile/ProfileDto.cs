using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Accounts.Queries.GetMyProfile;

/// <summary>The signed-in user's own account.</summary>
public sealed record ProfileDto
{
    public Guid Id { get; init; }

    /// <summary>Sign-in name (citizen ID for citizens, organisation code for organisations).</summary>
    public string UserName { get; init; } = string.Empty;

    /// <summary>Full name (the representative's for organisations).</summary>
    public string FullName { get; init; } = string.Empty;

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    /// <summary>Role names.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The official's agency; null for applicants.</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>Citizen, Organisation or School; null for officials.</summary>
    public ApplicantType? ApplicantType { get; init; }

    /// <summary>12-digit personal identification number (citizens).</summary>
    public string? CitizenId { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Tax code (organisations and schools).</summary>
    public string? OrganisationCode { get; init; }

    public string? OrganisationName { get; init; }

    /// <summary><c>local</c>, or the external provider that vouches for the identity (e.g. <c>vneid</c>).</summary>
    public string IdentityProvider { get; init; } = string.Empty;

    /// <summary>Whether the national identity provider verified the identity.</summary>
    public bool IdentityVerified { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
