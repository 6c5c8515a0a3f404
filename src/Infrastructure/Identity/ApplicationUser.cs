using HanoiDvc.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>A person who signs in: a citizen, an organisation's or school's representative, or an official.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>Identity provider of accounts created here (password sign-in).</summary>
    public const string LocalProvider = "local";

    public ApplicationUser() => Id = Guid.CreateVersion7();

    /// <summary>Full name as on the citizen ID card (the representative's for organisations).</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>The agency an official belongs to; null for applicants.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>Citizen, Organisation or School; null for officials.</summary>
    public ApplicantType? ApplicantType { get; set; }

    /// <summary>12-digit personal identification number (citizens); unique.</summary>
    public string? CitizenId { get; set; }

    /// <summary>Date of birth (citizens).</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Tax code (organisations and schools); unique.</summary>
    public string? OrganisationCode { get; set; }

    /// <summary>Registered name of the organisation or school.</summary>
    public string? OrganisationName { get; set; }

    /// <summary>Where the identity comes from: <see cref="LocalProvider"/> or an external provider's name, lower case (e.g. <c>vneid</c>).</summary>
    public string IdentityProvider { get; set; } = LocalProvider;

    /// <summary>Whether the national identity provider vouched for the identity.</summary>
    public bool IdentityVerified { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
