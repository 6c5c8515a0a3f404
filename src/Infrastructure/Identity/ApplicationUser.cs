using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>A person who signs in: a citizen, an organisation's representative or an official.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser() => Id = Guid.CreateVersion7();

    /// <summary>Full name as on the citizen ID card.</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>The agency an official belongs to; null for applicants.</summary>
    public Guid? AgencyId { get; set; }
}
