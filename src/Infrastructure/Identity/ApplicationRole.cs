using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>A role (Receptionist, Specialist, Leader, AgencyAdmin, SystemAdmin, Citizen…).</summary>
public sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole() => Id = Guid.CreateVersion7();

    public ApplicationRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
