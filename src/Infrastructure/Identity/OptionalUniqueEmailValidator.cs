using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>
/// E-mail is unique when present, like Identity's <c>RequireUniqueEmail</c>, but may be absent: a citizen who signs in
/// through the national identity provider has no e-mail until they add one. The unique index on the normalised
/// e-mail backs this check against races.
/// </summary>
internal sealed class OptionalUniqueEmailValidator : IUserValidator<ApplicationUser>
{
    private static readonly EmailAddressAttribute EmailShape = new();

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var email = await manager.GetEmailAsync(user);
        if (string.IsNullOrWhiteSpace(email))
        {
            return IdentityResult.Success;
        }

        if (!EmailShape.IsValid(email))
        {
            return IdentityResult.Failed(manager.ErrorDescriber.InvalidEmail(email));
        }

        var owner = await manager.FindByEmailAsync(email);
        return owner is not null && owner.Id != user.Id
            ? IdentityResult.Failed(manager.ErrorDescriber.DuplicateEmail(email))
            : IdentityResult.Success;
    }
}
